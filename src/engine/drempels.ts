/**
 * The thresholds the rules use, so the flow without JavaScript can ask "is it € … or less?" for
 * exactly the limits that change the advice, and nothing else.
 */
import { waardeOpDatum } from '../domain/bedragen';
import type { OnderwerpId } from '../schemas/onderwerp';
import type { Situatie } from '../schemas/situatie';
import { aowMaanden } from './leeftijden';
import type { PolisVoorAdvies, RegelVoorAdvies } from './polis-voor-advies';
import { mogelijkeInkomensgrenzen, type Context } from './voorwaarden';

export interface Inkomensdrempel {
  /** The limit in euros. */
  grens: number;
  /** `true`: the rule wants income below `grens` (the answer "yes" means at most one cent less). */
  lager: boolean;
}

function context(polis: PolisVoorAdvies, datum: string, situatie: Situatie): Context {
  return { situatie, bedragen: new Map(polis.bedragen.map((b) => [b.sleutel, b])), instellingen: polis.instellingen, datum, t: (k) => k };
}

/** Income limits for the situation so far (every norm it may still have), highest first. */
export function inkomensdrempels(polis: PolisVoorAdvies, datum: string, situatie: Situatie): Inkomensdrempel[] {
  const ctx = context(polis, datum, situatie);
  const uit = new Map<string, Inkomensdrempel>();
  for (const r of polis.regels)
    for (const v of r.wegwijzer?.voorwaarden ?? [])
      if (v.soort === 'inkomen')
        for (const grens of mogelijkeInkomensgrenzen(v, ctx)) {
          const d = { grens, lager: v.lagerDan };
          uit.set(`${d.grens}:${d.lager}`, d);
        }
  // "€ X or less" and "less than € X" differ only at exactly € X: ask the first, once.
  const vragen = [...uit.values()].filter((d) => !(d.lager && uit.has(`${d.grens}:false`)));
  return vragen.sort((a, b) => b.grens - a.grens);
}

/** The asset limit for the household, when a rule tests assets. */
export function vermogensdrempel(polis: PolisVoorAdvies, datum: string, situatie: Situatie): number | undefined {
  if (!situatie.huishouden || !polis.regels.some((r) => r.wegwijzer?.voorwaarden.some((v) => v.soort === 'vermogen'))) return undefined;
  const b = polis.bedragen.find((x) => x.sleutel === polis.instellingen.vermogensgrenzen[situatie.huishouden!]);
  return b && waardeOpDatum(b, datum)?.waarde.waarde;
}

/** Entries a topic can bring into the advice (directly, or through the income questions). */
export function regelsBijOnderwerp(polis: PolisVoorAdvies, onderwerp: OnderwerpId, vraagtInkomen: boolean): RegelVoorAdvies[] {
  return polis.regels.filter((r) =>
    r.wegwijzer?.aanleidingen.some((a) => a.onderwerp?.includes(onderwerp) || (vraagtInkomen && a.inkomenBekend)),
  );
}

/**
 * Ages (whole years) that change the advice for a topic, highest first: for the person, or for the
 * partner (only the AOW age and the youth-norm age count there).
 */
export function leeftijdsdrempels(polis: PolisVoorAdvies, datum: string, regels: readonly RegelVoorAdvies[], veld: 'leeftijd' | 'partnerLeeftijd'): number[] {
  const ctx = context(polis, datum, { onderwerpen: ['geld-rondkomen'] });
  const aow = aowMaanden(ctx);
  const aowJaren = aow % 12 === 0 ? [aow / 12] : [Math.floor(aow / 12), Math.ceil(aow / 12)];
  const uit = new Set<number>();
  for (const r of regels) {
    if (veld === 'leeftijd') for (const a of r.wegwijzer?.aanleidingen ?? []) if (a.leeftijdOnder !== undefined) uit.add(a.leeftijdOnder);
    for (const v of r.wegwijzer?.voorwaarden ?? []) {
      if (veld === 'leeftijd' && v.soort === 'leeftijd' && v.vanaf !== undefined) uit.add(v.vanaf);
      if (veld === 'leeftijd' && v.soort === 'leeftijd' && v.jongerDan !== undefined) uit.add(v.jongerDan);
      if (veld === 'leeftijd' && v.soort === 'onderhoudsplicht-ouders') uit.add(v.totLeeftijd);
      if ((v.soort === 'leeftijd' && (v.onderAowLeeftijd || v.vanafAowLeeftijd)) || v.soort === 'inkomen') aowJaren.forEach((j) => uit.add(j));
      if (v.soort === 'inkomen' && v.norm === 'bijstand') uit.add(21);
    }
  }
  return [...uit].sort((a, b) => b - a);
}
