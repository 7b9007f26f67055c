/**
 * The income limits of an entry per household, computed from the same rule data and amounts the
 * wegwijzer uses, so the polis page and the advice can never disagree.
 */
import { huishoudens, type Huishouden } from '../schemas/situatie';
import type { Bedrag } from '../schemas/bedrag';
import type { Voorwaarde, WegwijzerInstellingen } from '../schemas/wegwijzer';
import { aandeel, waardeOpDatum } from './bedragen';

export interface Inkomensgrens {
  huishouden: Huishouden;
  onderAow: number;
  vanafAow: number;
}

export function inkomensgrenzen(
  voorwaarden: readonly Voorwaarde[],
  instellingen: WegwijzerInstellingen,
  bedragen: ReadonlyMap<string, Bedrag>,
  datum: string,
): { procent: number; lagerDan: boolean; metAow: boolean; onderAow: boolean; grenzen: Inkomensgrens[] } | undefined {
  const v = voorwaarden.find((x) => x.soort === 'inkomen');
  if (!v || v.soort !== 'inkomen') return undefined;
  const w = (sleutel: string) => waardeOpDatum(bedragen.get(sleutel)!, datum)!.waarde.waarde;
  const procent = w(v.procentVanNorm);
  // Single and single parent share a norm, as do the two couple kinds: show each norm once.
  const getoond = huishoudens.filter((h) => h === 'alleenstaand' || h === 'samenwonend');
  return {
    procent,
    lagerDan: v.lagerDan,
    // Schemes that end at AOW age have no limit from that age on.
    metAow: !voorwaarden.some((x) => x.soort === 'leeftijd' && x.onderAowLeeftijd),
    // Schemes from AOW age on (the AIO supplement) have no limit below it.
    onderAow: v.norm !== 'aow' && !voorwaarden.some((x) => x.soort === 'leeftijd' && x.vanafAowLeeftijd),
    grenzen: getoond.map((huishouden) => ({
      huishouden,
      onderAow: aandeel(w(instellingen.normen[huishouden].onderAow), procent),
      vanafAow: aandeel(w(instellingen.normen[huishouden].vanafAow), procent),
    })),
  };
}
