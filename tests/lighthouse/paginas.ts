/**
 * The pages `npm run lighthouse` measures: one per template a resident meets on the way to help.
 * `{taal}` becomes the language code, `{zoekwoord}` the word from ZOEKWOORDEN for that language.
 */
export interface TePagina {
  naam: string;
  pad: string;
}

export const PAGINAS: readonly TePagina[] = [
  { naam: 'home', pad: '/{taal}/' },
  { naam: 'regeling', pad: '/{taal}/polis/bijstand/' },
  { naam: 'onderwerp', pad: '/{taal}/onderwerp/geld-rondkomen/' },
  // The start of the wegwijzer: with JavaScript the island loads its data and replaces the topic links.
  { naam: 'wegwijzer', pad: '/{taal}/wegwijzer/' },
  // The first question after the start page (first topic on /wegwijzer/), as served without JavaScript.
  { naam: 'vraag', pad: '/{taal}/wegwijzer/huishouden/' },
  // A prebuilt advice page at the end of a static path (it has the advice columns).
  { naam: 'advies', pad: '/{taal}/wegwijzer/huishouden/zelf-nee/' },
  { naam: 'zoeken', pad: '/{taal}/zoeken/' },
  // The search island reads `?q=` on load, so this measures Pagefind loading and showing results.
  { naam: 'zoeken-met-vraag', pad: '/{taal}/zoeken/?q={zoekwoord}' },
];

/** A word residents would type, in the language of the page, so the search finds something. */
export const ZOEKWOORDEN: Readonly<Record<string, string>> = {
  nl: 'huur',
  ar: 'إيجار',
  en: 'rent',
  tr: 'kira',
  pl: 'czynsz',
  uk: 'оренда',
};

export function paginaPad(pagina: TePagina, taal: string): string {
  const zoekwoord = encodeURIComponent(ZOEKWOORDEN[taal] ?? ZOEKWOORDEN.nl ?? '');
  return pagina.pad.replaceAll('{taal}', taal).replaceAll('{zoekwoord}', zoekwoord);
}
