/**
 * UI strings through i18next. Content (the polis) is not here: it lives in `content/`.
 * Astro escapes every value it renders, so i18next must not escape a second time.
 */
import { createInstance, type TFunction } from 'i18next';
import { uiBronnen, uiTalen, type Taal } from './ui-bestanden';

export { uiTalen, type Taal };

const bronnen = uiBronnen();
const i18n = createInstance();
void i18n.init({
  lng: 'nl',
  // Keys are checked for parity at build time, so a fallback to Dutch never hides a gap.
  fallbackLng: false,
  resources: Object.fromEntries(uiTalen.map((taal) => [taal, { translation: bronnen[taal] }])),
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function isTaal(waarde: string): waarde is Taal {
  return (uiTalen as readonly string[]).includes(waarde);
}

export function vertaler(taal: Taal): TFunction {
  return i18n.getFixedT(taal);
}

/** The translator in the plain shape the engine takes, so the engine does not depend on i18next. */
export function redenVertaler(taal: Taal): (sleutel: string, waarden?: Record<string, string | number>) => string {
  const t = i18n.getFixedT(taal) as unknown as (sleutel: string, waarden?: Record<string, unknown>) => string;
  return (sleutel, waarden) => {
    if (!i18n.exists(sleutel, { lng: taal, ...waarden })) throw new Error(`Onbekende tekst: ${sleutel}`);
    return t(sleutel, waarden);
  };
}

/** Parts of the UI strings, already in the page's language, for an island's props. */
export function tekstdelen(taal: Taal, delen: readonly string[]): Record<string, unknown> {
  const boom = i18n.getResourceBundle(taal, 'translation') as Record<string, unknown>;
  return Object.fromEntries(delen.map((d) => [d, boom[d]]));
}
