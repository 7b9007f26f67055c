/**
 * The built site on disk, for checks that read `dist/` without a browser: every page with its URL,
 * and the kind of page it is, so budgets and checks can name what they measure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distMap = process.env.DIST_MAP?.trim() || fileURLToPath(new URL('../../dist', import.meta.url));

export interface GebouwdePagina {
  /** Path on disk. */
  bestand: string;
  /** URL path as the site serves it, e.g. `/nl/polis/bijstand/`. */
  url: string;
}

function* bestandenIn(map: string): Generator<string> {
  for (const e of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, e.name);
    if (e.isDirectory()) yield* bestandenIn(pad);
    else yield pad;
  }
}

export function alleBestanden(map = distMap): string[] {
  if (!existsSync(map) || !statSync(map).isDirectory()) throw new Error(`Geen gebouwde site in ${map}: draai eerst npm run build.`);
  return [...bestandenIn(map)];
}

export function urlVan(bestand: string, map = distMap): string {
  const rel = relative(map, bestand).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export function allePaginas(map = distMap): GebouwdePagina[] {
  return alleBestanden(map)
    .filter((b) => b.endsWith('.html'))
    .sort()
    .map((bestand) => ({ bestand, url: urlVan(bestand, map) }));
}

export const lees = (bestand: string): string => readFileSync(bestand, 'utf8');

/** A page that only sends the browser on (a former slug, the root): Astro writes these with a meta refresh. */
export const isDoorstuurpagina = (html: string): boolean => /<meta http-equiv="refresh"/i.test(html);

export type Paginasoort = 'home' | 'onderwerp' | 'vraag' | 'advies' | 'regel' | 'zoeken' | 'doorsturen' | 'overig';

export function paginasoort(url: string, html: string): Paginasoort {
  if (isDoorstuurpagina(html)) return 'doorsturen';
  if (/^\/[a-z]{2,3}\/$/.test(url)) return 'home';
  if (/^\/[a-z]{2,3}\/onderwerp\/[^/]+\/$/.test(url)) return 'onderwerp';
  if (/^\/[a-z]{2,3}\/wegwijzer\/$/.test(url)) return 'vraag';
  if (/^\/[a-z]{2,3}\/wegwijzer\//.test(url)) return html.includes('class="antwoorden"') ? 'vraag' : 'advies';
  if (/^\/[a-z]{2,3}\/polis\/[^/]+\/$/.test(url)) return 'regel';
  if (/^\/[a-z]{2,3}\/zoeken\/$/.test(url)) return 'zoeken';
  return 'overig';
}
