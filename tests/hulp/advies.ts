/** The engine on the real demo content, for tests. */
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { redenVertaler } from '../../src/i18n/vertaal';
import type { Situatie } from '../../src/schemas/situatie';
import { echteInhoud } from './kapotte-inhoud';

export const DATUM = '2026-06-01';
export const polis = polisVoorAdvies(laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: DATUM }));
const t = redenVertaler('nl');

export function advies(s: Situatie, datum = DATUM) {
  return maakAdvies(s, polis, datum, t);
}

export const routeSlugs = (s: Situatie) => advies(s).routes.map((r) => r.polis);
export const nietVoorUSlugs = (s: Situatie) => advies(s).nietVoorU.map((n) => n.polis);
