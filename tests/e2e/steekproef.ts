/**
 * Which pages the page-by-page checks visit. `npm test` takes a sample, so its time does not grow
 * with the number of pages: every template (sjablonen.ts) plus a fixed-seed sample of the sitemap,
 * drawn in turn from each kind of page (the wegwijzer's questions and its advice per topic, entries,
 * topics, side by side, referrers, …), so every kind is in it, also when one kind has thousands of pages.
 * The same seed gives the same pages on every run and every machine; each language gets its own draw.
 * `PAGINAS=alles` takes every URL (`npm run paginas:alles`, `npm run toegankelijkheid:alles`).
 *   PAGINAS=alles          every URL of the sitemap instead of the sample
 *   STEEKPROEF=60          pages drawn per language, besides the templates
 *   ZAAD=sociale-polis     the seed: another word draws other pages
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distMap, paginasoort } from '../hulp/gebouwde-site';
import { sjablonen } from './sjablonen';

export const allePaginasGevraagd = process.env.PAGINAS?.trim() === 'alles';
const grootte = Number(process.env.STEEKPROEF ?? 60);
const zaad = process.env.ZAAD?.trim() || 'sociale-polis';

const zonderTaal = (pad: string) => pad.replace(/^\/[a-z]{2,3}\//, '/');
const taalVan = (pad: string) => /^\/([a-z]{2,3})\//.exec(pad)?.[1];

/** A small seeded generator (mulberry32 over an FNV-1a hash of the seed): the same word, the same numbers. */
function generator(woord: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < woord.length; i++) h = Math.imul(h ^ woord.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function geschud<T>(lijst: readonly T[], willekeurig: () => number): T[] {
  const uit = [...lijst];
  for (let i = uit.length - 1; i > 0; i--) {
    const j = Math.floor(willekeurig() * (i + 1));
    [uit[i], uit[j]] = [uit[j]!, uit[i]!];
  }
  return uit;
}

/**
 * The kind of page, for spreading the sample: wegwijzer question or advice (read from the built
 * page, as the budgets do), entry, topic, and otherwise the first part of the address.
 */
const soorten = new Map<string, string>();
function soortVan(pad: string): string {
  // The same address is the same kind of page in every language: read one of them.
  const sleutel = zonderTaal(pad);
  if (!soorten.has(sleutel)) soorten.set(sleutel, leesSoort(pad));
  return soorten.get(sleutel)!;
}

function leesSoort(pad: string): string {
  const bestand = join(distMap, pad, 'index.html');
  const soort = existsSync(bestand) ? paginasoort(pad, readFileSync(bestand, 'utf8')) : 'overig';
  // Each topic's questions and advice are kinds of their own: the topics ask different questions.
  if (soort === 'vraag' || soort === 'advies') return `${soort} ${zonderTaal(pad).split('/')[2] ?? ''}`;
  if (soort !== 'overig') return soort;
  // `/verwijzers/poster/x/` and `/verwijzers/kaart/x/` are one kind, `/polis/x/naast-elkaar/` another.
  const delen = zonderTaal(pad).split('/').filter(Boolean);
  return `${delen[0] ?? 'home'} ${delen.length}`;
}

/** The sample for one language: `aantal` pages, taken in turn from each kind until it is full. */
export function steekproef(paden: readonly string[], taal: string, aantal = grootte): string[] {
  const willekeurig = generator(`${zaad}:${taal}`);
  const groepen = new Map<string, string[]>();
  for (const pad of paden) {
    const soort = soortVan(pad);
    groepen.set(soort, [...(groepen.get(soort) ?? []), pad]);
  }
  // The kinds in a seeded order too, so the last round does not always favour the same ones.
  const rijen = geschud([...groepen.keys()].sort(), willekeurig).map((soort) => geschud(groepen.get(soort)!, willekeurig));
  const gekozen: string[] = [];
  for (let ronde = 0; gekozen.length < aantal && rijen.some((r) => r.length > ronde); ronde++)
    for (const rij of rijen) if (rij[ronde] !== undefined && gekozen.length < aantal) gekozen.push(rij[ronde]!);
  return gekozen;
}

/** Is this page one of the templates (in whatever language)? */
export const isSjabloon = (pad: string) => sjablonen.includes(zonderTaal(pad));

/**
 * The pages to visit out of `paden` (sitemap paths, any languages): all of them with `PAGINAS=alles`,
 * otherwise per language the templates that are in the sitemap plus that language's sample.
 * Keeps the order of `paden`.
 */
export function kiesPaden(paden: readonly string[]): string[] {
  if (allePaginasGevraagd) return [...paden];
  const talen = [...new Set(paden.map(taalVan).filter((t): t is string => Boolean(t)))];
  const gekozen = new Set<string>(paden.filter(isSjabloon));
  for (const taal of talen) {
    const overig = paden.filter((p) => taalVan(p) === taal && !gekozen.has(p));
    for (const p of steekproef(overig, taal)) gekozen.add(p);
  }
  return paden.filter((p) => gekozen.has(p));
}

/** One line for the report: what was chosen and how to get everything. */
export const keuzeUitleg = (gekozen: number, totaal: number) =>
  allePaginasGevraagd
    ? `alle ${totaal} pagina's (PAGINAS=alles)`
    : `${gekozen} van ${totaal} pagina's: elk sjabloon plus een steekproef van ${grootte} per taal (zaad "${zaad}"; alles met PAGINAS=alles)`;
