/**
 * Which pages the page-by-page checks visit (Playwright, budgets, integrity). `npm test` takes a
 * sample, so its time does not grow with the number of pages: every template (tests/e2e/sjablonen.ts)
 * plus a fixed-seed sample of the sitemap or the built pages, drawn in turn from each kind of page
 * (the wegwijzer's questions and its advice per topic, entries, topics, side by side, referrers, …),
 * so every kind is in it, also when one kind has thousands of pages.
 * The same seed gives the same pages on every run and every machine; each language gets its own draw.
 * `PAGINAS=alles` takes every page (`npm run paginas:alles`, `budget:alles`, `integriteit:alles`;
 * `npm run toegankelijkheid:alles` always does).
 *   PAGINAS=alles          every page instead of the sample
 *   STEEKPROEF=60          pages drawn per language, besides the templates
 *   ZAAD=sociale-polis     the seed: another word draws other pages
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distMap, paginasoort, type GebouwdePagina } from './gebouwde-site';
import { sjablonen } from '../e2e/sjablonen';

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
 * page, as the budgets do) per topic, entry, topic, and otherwise the first part of the address and
 * its depth.
 */
const soorten = new Map<string, string>();
function soortVan(pad: string, bestand = join(distMap, pad, 'index.html')): string {
  // The same address is the same kind of page in every language: read one of them.
  const sleutel = zonderTaal(pad);
  if (!soorten.has(sleutel)) soorten.set(sleutel, leesSoort(pad, bestand));
  return soorten.get(sleutel)!;
}

function leesSoort(pad: string, bestand: string): string {
  const soort = existsSync(bestand) ? paginasoort(pad, readFileSync(bestand, 'utf8')) : 'overig';
  // Each topic's questions and advice are kinds of their own: the topics ask different questions.
  if (soort === 'vraag' || soort === 'advies') return `${soort} ${zonderTaal(pad).split('/')[2] ?? ''}`;
  if (soort !== 'overig') return soort;
  // `/verwijzers/poster/x/` and `/verwijzers/kaart/x/` are one kind, `/polis/x/naast-elkaar/` another.
  const delen = zonderTaal(pad).split('/').filter(Boolean);
  return `${delen[0] ?? 'home'} ${delen.length}`;
}

/** The sample for one language: `aantal` pages, taken in turn from each kind until it is full. */
export function steekproef(paden: readonly string[], taal: string, aantal = grootte, bestandVan?: (pad: string) => string): string[] {
  const willekeurig = generator(`${zaad}:${taal}`);
  const groepen = new Map<string, string[]>();
  for (const pad of paden) {
    const soort = soortVan(pad, bestandVan?.(pad));
    if (!groepen.has(soort)) groepen.set(soort, []);
    groepen.get(soort)!.push(pad);
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
export function kiesPaden(paden: readonly string[], bestandVan?: (pad: string) => string): string[] {
  if (allePaginasGevraagd) return [...paden];
  const talen = [...new Set(paden.map(taalVan).filter((t): t is string => Boolean(t)))];
  const gekozen = new Set<string>(paden.filter(isSjabloon));
  for (const taal of talen) {
    const overig = paden.filter((p) => taalVan(p) === taal && !gekozen.has(p));
    for (const p of steekproef(overig, taal, grootte, bestandVan)) gekozen.add(p);
  }
  return paden.filter((p) => gekozen.has(p));
}

/**
 * The same choice over built pages (`allePaginas()`), for the checks without a browser: pages outside
 * a language (the root, the 404 page) always; with `grootste`, also that many of the largest files on
 * disk of each kind of page in each language, so a size budget sees the pages nearest its limit.
 */
export function kiesPaginas(paginas: readonly GebouwdePagina[], { grootste = 0 } = {}): GebouwdePagina[] {
  if (allePaginasGevraagd) return [...paginas];
  const perUrl = new Map(paginas.map((p) => [p.url, p]));
  const metTaal = paginas.filter((p) => taalVan(p.url)).map((p) => p.url);
  const gekozen = new Set([...paginas.filter((p) => !taalVan(p.url)).map((p) => p.url), ...kiesPaden(metTaal, (u) => perUrl.get(u)!.bestand)]);
  if (grootste > 0) {
    const perSoort = new Map<string, { url: string; grootte: number }[]>();
    for (const p of paginas) {
      // By language (scripts compress differently) and kind of page, without the topic: the largest
      // advice pages, whatever their topic.
      const soort = `${taalVan(p.url) ?? ''} ${soortVan(p.url, p.bestand).split(' ')[0]!}`;
      if (!perSoort.has(soort)) perSoort.set(soort, []);
      perSoort.get(soort)!.push({ url: p.url, grootte: statSync(p.bestand).size });
    }
    for (const lijst of perSoort.values()) for (const { url } of lijst.sort((a, b) => b.grootte - a.grootte).slice(0, grootste)) gekozen.add(url);
  }
  return paginas.filter((p) => gekozen.has(p.url));
}

/** One line for the report: what was chosen and how to get everything. */
export const keuzeUitleg = (gekozen: number, totaal: number, extra = '') =>
  allePaginasGevraagd
    ? `alle ${totaal} pagina's (PAGINAS=alles)`
    : `${gekozen} van ${totaal} pagina's: elk sjabloon plus een steekproef van ${grootte} per taal${extra} (zaad "${zaad}"; alles met PAGINAS=alles)`;
