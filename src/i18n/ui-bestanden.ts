/**
 * The UI locale files, each checked against the declared keys when the site is built. A missing,
 * extra or misspelled key, or a lost `{{placeholder}}`, stops the build with the file and key.
 */
import { InhoudFout, zodProblemen } from '../content-model/inhoud-fout';
import { nlWoordenAlsPlatteTekst } from '../domain/tekst-verwijzingen';
import { sleutels } from '../schemas/ui-sleutels';
import { plat, uiTekstenSchema, type Tekstboom } from '../schemas/ui-teksten';
import ar from './ar.json';
import en from './en.json';
import nl from './nl.json';
import pl from './pl.json';
import tr from './tr.json';
import uk from './uk.json';

export const uiTalen = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Taal = (typeof uiTalen)[number];

const bestanden: Record<Taal, Tekstboom> = { nl, en, ar, tr, pl, uk };

/** Checks one locale file; returns the problems as content errors (file, key, what was expected). */
export function controleerUiBestand(taal: Taal, boom: Tekstboom = bestanden[taal]) {
  const uitkomst = uiTekstenSchema(taal, sleutels, taal === 'nl' ? undefined : nl).safeParse(plat(boom));
  return uitkomst.success ? [] : zodProblemen(`src/i18n/${taal}.json`, uitkomst.error, plat(boom));
}

/** `{nl:woord}` in a UI string becomes the word between Unicode isolates: UI strings are plain text. */
function isoleerNlWoorden(boom: Tekstboom): Tekstboom {
  return Object.fromEntries(
    Object.entries(boom).map(([k, v]) => [
      k,
      typeof v === 'string' ? nlWoordenAlsPlatteTekst(v) : Array.isArray(v) ? v.map(nlWoordenAlsPlatteTekst) : isoleerNlWoorden(v),
    ]),
  );
}

export function uiBronnen(): Record<Taal, Tekstboom> {
  const problemen = uiTalen.flatMap((taal) => controleerUiBestand(taal));
  if (problemen.length) throw new InhoudFout(problemen);
  return Object.fromEntries(uiTalen.map((taal) => [taal, isoleerNlWoorden(bestanden[taal])])) as Record<Taal, Tekstboom>;
}
