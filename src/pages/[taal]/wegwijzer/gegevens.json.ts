/** `/<taal>/wegwijzer/gegevens.json`: the wegwijzer island's data, fetched once the start page has loaded. */
import type { APIRoute } from 'astro';
import type { Taal } from '../../../i18n/vertaal';
import { taalPaden } from '../../../site/site';
import { wegwijzerGegevens } from '../../../site/wegwijzer-gegevens';

export const prerender = true;
export const getStaticPaths = taalPaden;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await wegwijzerGegevens(params.taal as Taal)), {
    headers: { 'Content-Type': 'application/json' },
  });
