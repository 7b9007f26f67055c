/** `/open-data/hsds.json`: places, wijkteams, organisations and polis entries in Open Referral HSDS 3.0 shape. */
import type { APIRoute } from 'astro';
import { hsdsDataset } from '../../schemas/open-data';
import { hsdsData } from '../../site/open-data';
import { jsonAntwoord, valideer } from '../../site/open-data-uitvoer';

export const prerender = true;

export const GET: APIRoute = async () => jsonAntwoord(valideer(hsdsDataset, await hsdsData(), 'open-data/hsds.json'));
