/** `/open-data/polis.json`: every polis entry with its structured fields and its texts per language. */
import type { APIRoute } from 'astro';
import { openDataPolis } from '../../schemas/open-data';
import { polisDataset } from '../../site/open-data';
import { jsonAntwoord, valideer } from '../../site/open-data-uitvoer';

export const prerender = true;

export const GET: APIRoute = async () => jsonAntwoord(valideer(openDataPolis, await polisDataset(), 'open-data/polis.json'));
