/**
 * Plain-language measures for Dutch text: words per sentence, the share of long words and the
 * Flesch-Douma score (Douma's 1960 Dutch adaptation of Flesch Reading Ease; higher is easier,
 * 60–70 is "makkelijk" for most adults, 70+ fits a B1 reader).
 *
 * Pure: the syllable counter is passed in (the build uses Dutch hyphenation patterns, see
 * `src/content-model/lettergrepen.ts`), so these functions run anywhere and test with a fake counter.
 */
import type { PolisRegel } from '../schemas/polis-regel';
import { splitsTekst } from './tekst-verwijzingen';

/** Counts the syllables of one plain word (letters only, no hyphens or dots). */
export type Lettergrepenteller = (woord: string) => number;

/**
 * A word of 4 or more syllables counts as long. That is a usual B1 marker in Dutch plain-language
 * checks: readers with low literacy decode such words piece by piece (often long compounds such as
 * "schuldhulpverlening"), so a page full of them is hard whatever its sentence length.
 */
export const LANG_WOORD_VANAF = 4;

/**
 * The bar for every polis entry. "In het kort" is the A2/B1 summary, so it must be easier than
 * the page as a whole. Do not lower these: rewrite the text that fails.
 */
export const drempels = {
  inHetKort: { minFleschDouma: 70, maxWoordenPerZin: 12 },
  volledig: { minFleschDouma: 60 },
} as const;

/**
 * Resolves content references to the plain words a reader sees, before measuring:
 * `{bedrag:…}` → "bedrag" (one word; the amount itself is not running text), `{polis:slug}` → that
 * entry's Dutch title (or the slug with spaces when no title is known), `{nl:woord}` → the word.
 */
export function gewoneWoorden(tekst: string, polisTitel: (slug: string) => string | undefined = () => undefined): string {
  return splitsTekst(tekst)
    .map((deel) => {
      switch (deel.soort) {
        case 'tekst':
          return deel.tekst;
        case 'bedrag':
          return 'bedrag';
        case 'polis':
          return polisTitel(deel.slug) ?? deel.slug.replace(/-/g, ' ');
        case 'nl':
          return deel.tekst;
      }
    })
    .join('');
}

/**
 * Abbreviations after which a full stop does not end a sentence (compared in lower case, without
 * the final dot). A few of them often close a sentence too ("… enz."): see `KAN_ZIN_SLUITEN`.
 */
const AFKORTINGEN = new Set([
  'bijv', 'bv', 'b.v', 'o.a', 'enz', 'etc', 'art', 'nr', 'ca', 'd.w.z', 'z.s.m', 'incl', 'excl', 'm.b.t', 't.o.v', 'i.p.v',
  'e.d', 'evt', 'vgl', 'zgn', 'resp', 'max', 'tel', 'jl', 'dhr', 'mevr', 'mr', 'dr', 'o.b.v', 'n.a.v', 'a.u.b', 'p.p',
]);
/** Abbreviations that may also be the last word of a sentence: then a capital after them starts a new one. */
const KAN_ZIN_SLUITEN = new Set(['enz', 'etc', 'e.d', 'z.s.m']);

/**
 * Splits one paragraph into sentences. A sentence ends at `.`, `?` or `!` (or a run of them, with
 * closing quotes or brackets) followed by a space or the end of the paragraph, and at the end of the
 * paragraph. A colon or semicolon does not end a sentence. Amounts, dates and article numbers
 * ("1.681,80", "1.1.2026", "2.3.5") never split because no space follows their dots, and a full stop
 * after a known abbreviation ("bijv.", "art.", "d.w.z.") does not end the sentence — except for
 * "enz.", "etc.", "e.d." and "z.s.m." when a capital follows.
 */
export function zinnen(alinea: string): string[] {
  const uit: string[] = [];
  let begin = 0;
  for (const m of alinea.matchAll(/[.?!]+["'”’)\]]*(?=\s|$)/gu)) {
    const eind = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith('.') && !/[?!]/.test(m[0])) {
      const voor = alinea.slice(begin, m.index).match(/[^\s("'“‘[]+$/u)?.[0].toLocaleLowerCase('nl') ?? '';
      if (AFKORTINGEN.has(voor)) {
        const volgende = alinea.slice(eind).trimStart().charAt(0);
        const hoofdletter = volgende !== '' && volgende === volgende.toLocaleUpperCase('nl') && volgende !== volgende.toLocaleLowerCase('nl');
        if (!(KAN_ZIN_SLUITEN.has(voor) && hoofdletter)) continue;
      }
    }
    uit.push(alinea.slice(begin, eind));
    begin = eind;
  }
  uit.push(alinea.slice(begin));
  return uit.map((z) => z.trim()).filter((z) => woorden(z).length > 0);
}

/**
 * The words of a text: runs of letters and digits. A hyphen or apostrophe inside keeps a word whole
 * ("e-mail", "auto's", "0800-2000"), and so does a dot or comma with no space after it ("1.681,80",
 * "o.a", "geldfit.nl"). Signs such as "€" or "%" are not words.
 */
export function woorden(tekst: string): string[] {
  return tekst.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.,][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu) ?? [];
}

/**
 * Syllables of one word as found by `woorden`. A word without letters (a number or amount such as
 * "112", "1.681,80" or "0800-2000") counts as 2 syllables: simple, and close to how short numbers
 * are spoken. Otherwise the word is split at hyphens and dots, apostrophes are dropped ("auto's" →
 * "autos") and the counter counts each part, at least 1 per part.
 */
export function lettergrepenVan(woord: string, teller: Lettergrepenteller): number {
  if (!/\p{L}/u.test(woord)) return 2;
  return woord
    .replace(/['’]/g, '')
    .split(/[-.,]/)
    .filter((deel) => deel.length > 0)
    .reduce((som, deel) => som + (/\p{L}/u.test(deel) ? Math.max(1, teller(deel)) : 2), 0);
}

/** Flesch-Douma = 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word). */
export function fleschDouma(woordenPerZin: number, lettergrepenPerWoord: number): number {
  return 206.835 - 0.93 * woordenPerZin - 77 * lettergrepenPerWoord;
}

export interface Meting {
  zinnen: number;
  woorden: number;
  lettergrepen: number;
  /** Words of `LANG_WOORD_VANAF` syllables or more. */
  langeWoorden: number;
  woordenPerZin: number;
  /** Share of long words, 0–100. */
  procentLangeWoorden: number;
  fleschDouma: number;
}

/**
 * Measures paragraphs of plain text (references already resolved, see `gewoneWoorden`). The
 * paragraphs are pooled: the score is over all their sentences together, not an average of
 * paragraph scores. Text without words gives zeros and the formula's constant; content never has it.
 */
export function meet(alineas: readonly string[], teller: Lettergrepenteller): Meting {
  const alleZinnen = alineas.flatMap(zinnen);
  const alleWoorden = alleZinnen.flatMap(woorden);
  const grepen = alleWoorden.map((w) => lettergrepenVan(w, teller));
  const lettergrepen = grepen.reduce((a, b) => a + b, 0);
  const langeWoorden = grepen.filter((g) => g >= LANG_WOORD_VANAF).length;
  const woordenPerZin = alleZinnen.length ? alleWoorden.length / alleZinnen.length : 0;
  const perWoord = alleWoorden.length ? lettergrepen / alleWoorden.length : 0;
  return {
    zinnen: alleZinnen.length,
    woorden: alleWoorden.length,
    lettergrepen,
    langeWoorden,
    woordenPerZin,
    procentLangeWoorden: alleWoorden.length ? (100 * langeWoorden) / alleWoorden.length : 0,
    fleschDouma: fleschDouma(woordenPerZin, perWoord),
  };
}

/**
 * The running text of an entry that a resident reads on its page, in page order: "In het kort",
 * the caveats (`onzeker`), voor wie, wat krijgt u, wat doet u zelf, kosten, aanvragen, the entry's
 * own terms and the change notes. Title and "ook bekend als" are labels, not running text. Shared
 * texts shown on the page (the procedure's terms, the bezwaar route) belong to other files and are
 * not counted here.
 */
export function lopendeTekst(regel: PolisRegel): string[] {
  return [
    ...regel.inHetKort,
    ...regel.onzeker,
    ...regel.voorWie,
    ...regel.watKrijgtU,
    ...regel.watDoetUZelf,
    ...regel.kosten.tekst,
    ...regel.aanvragen,
    ...regel.termijnen.map((t) => t.tekst),
    ...regel.wijzigingen.map((w) => w.tekst),
  ];
}

export interface Leesbaarheid {
  inHetKort: Meting;
  volledig: Meting;
  /** What fails the bar, in words; empty when the entry passes. */
  problemen: string[];
}

/** Measures one entry's "In het kort" and its full text, and checks them against `drempels`. */
export function leesbaarheidVan(
  regel: PolisRegel,
  teller: Lettergrepenteller,
  polisTitel?: (slug: string) => string | undefined,
): Leesbaarheid {
  const gewoon = (teksten: readonly string[]) => teksten.map((t) => gewoneWoorden(t, polisTitel));
  const inHetKort = meet(gewoon(regel.inHetKort), teller);
  const volledig = meet(gewoon(lopendeTekst(regel)), teller);
  const problemen: string[] = [];
  const een = (n: number) => n.toFixed(1).replace('.', ',');
  if (inHetKort.fleschDouma < drempels.inHetKort.minFleschDouma)
    problemen.push(`In het kort: Flesch-Douma ${een(inHetKort.fleschDouma)} < ${drempels.inHetKort.minFleschDouma}`);
  if (inHetKort.woordenPerZin > drempels.inHetKort.maxWoordenPerZin)
    problemen.push(`In het kort: ${een(inHetKort.woordenPerZin)} woorden per zin > ${drempels.inHetKort.maxWoordenPerZin}`);
  if (volledig.fleschDouma < drempels.volledig.minFleschDouma)
    problemen.push(`hele regeling: Flesch-Douma ${een(volledig.fleschDouma)} < ${drempels.volledig.minFleschDouma}`);
  return { inHetKort, volledig, problemen };
}

/** The median of a list of numbers (the mean of the middle two for an even count); 0 for none. */
export function mediaan(getallen: readonly number[]): number {
  if (getallen.length === 0) return 0;
  const s = [...getallen].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
