/** `/open-data/hsds.schema.json`: the JSON Schema of hsds.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { hsdsDataset, jsonSchema } from '../../schemas/open-data';
import { getSite } from '../../site/site';
import { absoluut, openDataPad } from '../../site/open-data';
import { jsonAntwoord } from '../../site/open-data-uitvoer';

export const prerender = true;

export const GET: APIRoute = async () =>
  jsonAntwoord(jsonSchema(hsdsDataset, absoluut(await getSite('nl'), openDataPad.hsdsSchema), 'Sociale Polis: hsds.json (Open Referral HSDS 3.0)'));
