/**
 * Rule 11 of the advice contract: which of the amounts the rules test (norms, AOW age, asset
 * limits) has no period for the date, so the advice can say so once at the top.
 */
import { verlopenTot } from '../domain/bedragen';
import type { Bedrag } from '../schemas/bedrag';
import type { WegwijzerInstellingen } from '../schemas/wegwijzer';

interface MetBedragen {
  bedragen: ReadonlyMap<string, Bedrag>;
  instellingen: WegwijzerInstellingen;
  datum: string;
}

/** The keys of every amount the wegwijzer settings name. */
export function normSleutels(instellingen: WegwijzerInstellingen): string[] {
  const uit = new Set<string>([instellingen.aowLeeftijd, ...Object.values(instellingen.vermogensgrenzen)]);
  for (const n of Object.values(instellingen.normen)) for (const k of Object.values(n)) if (k) uit.add(k);
  return [...uit];
}

/** The earliest end date among the stale amounts, or `undefined` when every amount is current. */
export function verlopenNormen(ctx: MetBedragen): string | undefined {
  return verlopenTot(normSleutels(ctx.instellingen), ctx.bedragen, ctx.datum);
}
