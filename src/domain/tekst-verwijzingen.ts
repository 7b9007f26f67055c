/**
 * References inside resident-facing text. Text never contains an amount or a link typed by hand:
 * `{bedrag:sleutel}` is replaced by the value valid on the build date; `{bedrag:sleutel|120%}` by a
 * share of it, or `{bedrag:sleutel|andere-sleutel}` by the share that another (percentage) amount
 * gives, so a local threshold is written once; `{polis:slug}` becomes a link to that entry.
 * Translations add `{nl:woord}`: the Dutch word a resident will hear at the counter, shown next to
 * the translation and isolated from the text's writing direction.
 */
export type Aandeel = { procent: number } | { sleutel: string };

export type TekstDeel =
  | { soort: 'tekst'; tekst: string }
  | { soort: 'bedrag'; sleutel: string; aandeel?: Aandeel }
  | { soort: 'polis'; slug: string }
  | { soort: 'nl'; tekst: string };

const VERWIJZING = /\{(bedrag|polis):([a-z0-9-]+)(?:\|(?:([0-9]+(?:[.,][0-9]+)?)%|([a-z0-9-]+)))?\}/g;
const NL_WOORD = /\{nl:([^{}]+)\}/g;
const ALLES = new RegExp(`${VERWIJZING.source}|${NL_WOORD.source}`, 'g');

export function splitsTekst(tekst: string): TekstDeel[] {
  const delen: TekstDeel[] = [];
  let vanaf = 0;
  for (const m of tekst.matchAll(ALLES)) {
    const index = m.index ?? 0;
    if (index > vanaf) delen.push({ soort: 'tekst', tekst: tekst.slice(vanaf, index) });
    const [, soort, sleutel, procent, procentSleutel, nlWoord] = m;
    if (nlWoord !== undefined) delen.push({ soort: 'nl', tekst: nlWoord.trim() });
    else if (soort === 'polis') delen.push({ soort: 'polis', slug: sleutel! });
    else if (procent !== undefined)
      delen.push({ soort: 'bedrag', sleutel: sleutel!, aandeel: { procent: Number(procent.replace(',', '.')) } });
    else if (procentSleutel !== undefined) delen.push({ soort: 'bedrag', sleutel: sleutel!, aandeel: { sleutel: procentSleutel } });
    else delen.push({ soort: 'bedrag', sleutel: sleutel! });
    vanaf = index + m[0].length;
  }
  if (vanaf < tekst.length) delen.push({ soort: 'tekst', tekst: tekst.slice(vanaf) });
  return delen;
}

/** Braces that do not form a reference are a typo an editor wants to hear about. */
export function losseAccolade(tekst: string): boolean {
  return /[{}]/.test(tekst.replace(ALLES, ''));
}

/** The amount and entry references in a text, as written (`{bedrag:…}`, `{polis:…}`). */
export function verwijzingenIn(tekst: string): string[] {
  return [...tekst.matchAll(VERWIJZING)].map((m) => m[0]);
}

/** Plain-text form of `{nl:woord}`: the word between Unicode isolates, for titles and attributes. */
export function nlWoordenAlsPlatteTekst(tekst: string): string {
  return tekst.replace(NL_WOORD, (_, woord: string) => `\u2068${woord.trim()}\u2069`);
}

/** `nlWoordenAlsPlatteTekst` on every string inside a value: for data an island renders as plain text. */
export function nlWoordenOveral<T>(waarde: T): T {
  if (typeof waarde === 'string') return nlWoordenAlsPlatteTekst(waarde) as T;
  if (Array.isArray(waarde)) return waarde.map(nlWoordenOveral) as T;
  if (waarde && typeof waarde === 'object')
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, nlWoordenOveral(v)])) as T;
  return waarde;
}
