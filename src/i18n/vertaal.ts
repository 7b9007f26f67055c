/**
 * UI strings through i18next. Content (the polis) is not here: it lives in `content/`.
 * Astro escapes every value it renders, so i18next must not escape a second time.
 */
import { createInstance, type TFunction } from 'i18next';
import nl from './nl.json';

const i18n = createInstance();
void i18n.init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: nl } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const uiTalen = ['nl'] as const;
export type Taal = (typeof uiTalen)[number];

export function vertaler(taal: Taal): TFunction {
  return i18n.getFixedT(taal);
}

/** The translator in the plain shape the engine takes, so the engine does not depend on i18next. */
export function redenVertaler(taal: Taal): (sleutel: string, waarden?: Record<string, string | number>) => string {
  const t = i18n.getFixedT(taal) as unknown as (sleutel: string, waarden?: Record<string, unknown>) => string;
  return (sleutel, waarden) => {
    if (!i18n.exists(sleutel, { lng: taal })) throw new Error(`Onbekende tekst: ${sleutel}`);
    return t(sleutel, waarden);
  };
}

/** Parts of the UI strings, already in the page's language, for an island's props. */
export function tekstdelen(taal: Taal, delen: readonly string[]): Record<string, unknown> {
  const boom = i18n.getResourceBundle(taal, 'translation') as Record<string, unknown>;
  return Object.fromEntries(delen.map((d) => [d, boom[d]]));
}
