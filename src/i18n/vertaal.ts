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
