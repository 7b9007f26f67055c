/** `/open-data/polis.schema.json`: the JSON Schema of polis.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { jsonSchema, openDataPolis } from '../../schemas/open-data';
import { getSite } from '../../site/site';
import { absoluut, openDataPad } from '../../site/open-data';
import { jsonAntwoord } from '../../site/open-data-uitvoer';

export const prerender = true;

export const GET: APIRoute = async () =>
  jsonAntwoord(jsonSchema(openDataPolis, absoluut(await getSite('nl'), openDataPad.polisSchema), 'Sociale Polis: polis.json'));
