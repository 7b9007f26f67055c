/**
 * `/<taal>/wegwijzer/gegevens-nl.json` (every language but Dutch): the Dutch texts of the advice,
 * for the column side by side and the printed sheet. Fetched after the island's own data.
 */
import type { APIRoute } from 'astro';
import { taalPaden } from '../../../site/site';
import { nlPakket } from '../../../site/wegwijzer-gegevens';

export const prerender = true;
export const getStaticPaths = async () => (await taalPaden()).filter((p) => p.params.taal !== 'nl');

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await nlPakket()), { headers: { 'Content-Type': 'application/json' } });
