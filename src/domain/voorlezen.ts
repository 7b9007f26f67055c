/**
 * "Lees voor" (read aloud), the pure part: which of the browser's voices may read a language, and how
 * the text of the main content becomes the utterances, in order. Only voices on the device
 * (`localService`) are ever chosen: the others send the text to a server.
 * No DOM types: the component passes plain objects (a `SpeechSynthesisVoice` fits `Stem`).
 */

/** What this module needs of a voice. */
export interface Stem {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** A run of text in the main content, as the page has it. */
export interface Stuk {
  tekst: string;
  /** The block element (p, li, h2 …) the text belongs to; runs of one block are compared with `===`. */
  blok: unknown;
  /** The language of the closest `[lang]` ancestor ("nl", "ar", "" when unknown). */
  taal: string;
  /** The text is in the page's title (its `h1`), which is read first. */
  titel?: boolean;
}

/** One utterance to be: the text of one block in one language. */
export interface Blok {
  tekst: string;
  taal: string;
}

/** The primary language subtag, lower case: "nl-BE", "nl_NL" and "NL" all give "nl". */
export function hoofdtaal(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The device voice for a language (matched on the primary subtag): the one with exactly that tag, else
 * the system's default one, else the first. Never a voice with `localService` false.
 */
export function kiesStem<S extends Stem>(stemmen: readonly S[], taal: string): S | undefined {
  const h = hoofdtaal(taal);
  if (!h) return undefined;
  const passend = stemmen.filter((s) => s.localService === true && hoofdtaal(s.lang) === h);
  const tag = taal.trim().toLowerCase();
  return passend.find((s) => s.lang.toLowerCase().replace('_', '-') === tag) ?? passend.find((s) => s.default) ?? passend[0];
}

/**
 * The blocks to read, in document order: consecutive runs of one block element in one language are
 * joined (so a Dutch word inside an Arabic sentence is a block of its own), white space is collapsed,
 * runs without a letter or digit are left out, and the page's title comes first.
 */
export function blokken(stukken: readonly Stuk[]): Blok[] {
  const uit: (Blok & { blok: unknown; titel: boolean })[] = [];
  for (const s of stukken) {
    const vorig = uit.at(-1);
    if (vorig && vorig.blok === s.blok && vorig.taal === s.taal) vorig.tekst += s.tekst;
    else uit.push({ tekst: s.tekst, taal: s.taal, blok: s.blok, titel: s.titel === true });
  }
  const gevuld = uit
    .map((b) => ({ ...b, tekst: b.tekst.replace(/\s+/g, ' ').trim() }))
    .filter((b) => /[\p{L}\p{N}]/u.test(b.tekst));
  const titel = gevuld.find((b) => b.titel)?.blok;
  const eerst = titel === undefined ? [] : gevuld.filter((b) => b.blok === titel);
  return [...eerst, ...gevuld.filter((b) => !eerst.includes(b))].map(({ tekst, taal }) => ({ tekst, taal }));
}

/**
 * Each block with the device voice that reads it: one for the block's language if the device has
 * one, else the page's. Empty when the device has no voice for the page's language.
 */
export function voorleesplan<S extends Stem>(teLezen: readonly Blok[], stemmen: readonly S[], paginaTaal: string): { tekst: string; stem: S }[] {
  const standaard = kiesStem(stemmen, paginaTaal);
  if (!standaard) return [];
  return teLezen.map((b) => ({ tekst: b.tekst, stem: kiesStem(stemmen, b.taal) ?? standaard }));
}
