/**
 * The search benchmark: every query of `vragen.yaml` on the built site's search page in its
 * language, exactly as a resident searches (the island asks Pagefind's JS API, which picks the
 * index by the page's `lang`), scored on the first three results.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export interface Zoekvraag { vraag: string; verwacht: string[] }
export interface Uitslag { taal: string; vraag: string; verwacht: string[]; gevonden: string[]; raak: boolean }

/** A query set by file name: `vragen` (tuned on) or `achtergehouden` (held out: never tune on it). */
export const vragenUit = (naam: string) => parse(readFileSync(new URL(`./${naam}.yaml`, import.meta.url), 'utf8')) as Record<string, Zoekvraag[]>;

export const vragen = vragenUit('vragen');

/** Slug of an entry URL (`/ar/polis/bijstand/` → `bijstand`); other pages keep their path. */
const slugVan = (url: string) => /\/polis\/([^/]+)\/$/.exec(url)?.[1] ?? url;

export async function meetZoekkwaliteit(page: Page, basis: string, set = vragen): Promise<Uitslag[]> {
  const uit: Uitslag[] = [];
  for (const [taal, lijst] of Object.entries(set)) {
    for (const { vraag, verwacht } of lijst) {
      await page.goto(`${basis}/${taal}/zoeken/?q=${encodeURIComponent(vraag)}`);
      await page.locator('.zoekresultaten[data-stand="klaar"], .zoekresultaten[data-stand="fout"]').waitFor();
      const urls = await page.locator('.zoekresultaten__lijst > li > a').evaluateAll((a) => a.slice(0, 3).map((x) => x.getAttribute('href') ?? ''));
      const gevonden = urls.map(slugVan);
      uit.push({ taal, vraag, verwacht, gevonden, raak: gevonden.some((g) => verwacht.includes(g)) });
    }
  }
  return uit;
}

export interface Score { taal: string; raak: number; totaal: number; aandeel: number }

export function scores(uitslagen: Uitslag[]): { perTaal: Score[]; totaal: Score } {
  const score = (taal: string, u: Uitslag[]): Score => {
    const raak = u.filter((x) => x.raak).length;
    return { taal, raak, totaal: u.length, aandeel: u.length ? raak / u.length : 0 };
  };
  const talen = [...new Set(uitslagen.map((u) => u.taal))];
  return { perTaal: talen.map((t) => score(t, uitslagen.filter((u) => u.taal === t))), totaal: score('alle', uitslagen) };
}

export function verslag(uitslagen: Uitslag[]): string {
  const { perTaal, totaal } = scores(uitslagen);
  const pct = (s: Score) => `${(s.aandeel * 100).toFixed(1)} % (${s.raak}/${s.totaal})`;
  const missers = uitslagen.filter((u) => !u.raak).map((u) => `  mis [${u.taal}] "${u.vraag}" → ${u.gevonden.join(', ') || 'niets'} (verwacht ${u.verwacht.join(' of ')})`);
  return [`Zoekkwaliteit, top-3-trefkans:`, ...perTaal.map((s) => `  ${s.taal}: ${pct(s)}`), `  totaal: ${pct(totaal)}`, ...missers].join('\n');
}
