/**
 * The thresholds the rules use, so the flow without JavaScript can ask "is it € … or less?" for
 * exactly the limits that change the advice, and nothing else.
 */
import { aandeel, geldendeWaarde } from '../domain/bedragen';
import type { Huishouden } from '../schemas/situatie';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { PolisVoorAdvies, RegelVoorAdvies } from './polis-voor-advies';

export interface Inkomensdrempel {
  /** The limit in euros. */
  grens: number;
  /** `true`: the rule wants income below `grens` (the answer "yes" means at most one cent less). */
  lager: boolean;
}

function waarde(polis: PolisVoorAdvies, sleutel: string, datum: string): number {
  return geldendeWaarde(polis.bedragen.find((b) => b.sleutel === sleutel)!, datum)!.waarde;
}

/** Income limits for a household, highest first. */
export function inkomensdrempels(polis: PolisVoorAdvies, datum: string, huishouden: Huishouden, vanafAow: boolean): Inkomensdrempel[] {
  const n = polis.instellingen.normen[huishouden];
  const norm = waarde(polis, vanafAow ? n.vanafAow : n.onderAow, datum);
  const uit = new Map<string, Inkomensdrempel>();
  for (const r of polis.regels)
    for (const v of r.wegwijzer?.voorwaarden ?? [])
      if (v.soort === 'inkomen') {
        const d = { grens: aandeel(norm, waarde(polis, v.procentVanNorm, datum)), lager: v.lagerDan };
        uit.set(`${d.grens}:${d.lager}`, d);
      }
  // "€ X or less" and "less than € X" differ only at exactly € X: ask the first, once.
  const vragen = [...uit.values()].filter((d) => !(d.lager && uit.has(`${d.grens}:false`)));
  return vragen.sort((a, b) => b.grens - a.grens);
}

/** Entries a topic can bring into the advice (directly, or through the income questions). */
export function regelsBijOnderwerp(polis: PolisVoorAdvies, onderwerp: OnderwerpId, vraagtInkomen: boolean): RegelVoorAdvies[] {
  return polis.regels.filter((r) =>
    r.wegwijzer?.aanleidingen.some((a) => a.onderwerp?.includes(onderwerp) || (vraagtInkomen && a.inkomenBekend)),
  );
}

/** Ages that change the advice for a topic, highest first (the AOW age included where a rule uses it). */
export function leeftijdsdrempels(polis: PolisVoorAdvies, datum: string, regels: readonly RegelVoorAdvies[]): number[] {
  const uit = new Set<number>();
  for (const r of regels)
    for (const v of r.wegwijzer?.voorwaarden ?? []) {
      if (v.soort === 'leeftijd' && v.vanaf !== undefined) uit.add(v.vanaf);
      if ((v.soort === 'leeftijd' && v.onderAowLeeftijd) || v.soort === 'inkomen') uit.add(waarde(polis, polis.instellingen.aowLeeftijd, datum));
    }
  return [...uit].sort((a, b) => b - a);
}
