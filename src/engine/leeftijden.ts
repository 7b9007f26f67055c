/**
 * Ages: what the answers tell about the age of the person and the partner, in months, so an AOW age
 * of 67 years and 3 months can be compared with a whole-year age. `undefined`: the answers cannot decide.
 */
import { inMaanden, waardeOpDatum } from '../domain/bedragen';
import type { Bedrag } from '../schemas/bedrag';
import type { Situatie } from '../schemas/situatie';
import { metPartner } from '../domain/huishouden';
import type { WegwijzerInstellingen } from '../schemas/wegwijzer';
import type { Vertaal } from './polis-voor-advies';

export type Drie = boolean | undefined;

/** Is someone with these answers at least `maanden` months old? A whole-year age `j` means j to j + 1 years. */
function minstens(leeftijd: number | undefined, ondergrens: number | undefined, jongerDan: number | undefined, maanden: number): Drie {
  if (leeftijd !== undefined) {
    if (leeftijd * 12 >= maanden) return true;
    if ((leeftijd + 1) * 12 <= maanden) return false;
    return undefined;
  }
  if (ondergrens !== undefined && ondergrens * 12 >= maanden) return true;
  if (jongerDan !== undefined && jongerDan * 12 <= maanden) return false;
  return undefined;
}

export function persoonMinstens(s: Situatie, maanden: number): Drie {
  return minstens(s.leeftijd, s.leeftijdMinstens, s.leeftijdJongerDan, maanden);
}

/** The partner's age; a household without a partner has none (`false`), an unknown household: unknown. */
export function partnerMinstens(s: Situatie, maanden: number): Drie {
  if (s.huishouden === undefined) return undefined;
  if (!metPartner(s.huishouden)) return false;
  return minstens(s.partnerLeeftijd, s.partnerLeeftijdMinstens, s.partnerLeeftijdJongerDan, maanden);
}

/** Has the person, or for a couple either partner, reached the AOW age? (Rule 9.) */
export function aowHuishouden(s: Situatie, aowMaanden: number): Drie {
  const zelf = persoonMinstens(s, aowMaanden);
  if (zelf === true) return true;
  const partner = partnerMinstens(s, aowMaanden);
  if (partner === true) return true;
  return zelf === false && partner === false ? false : undefined;
}

interface MetBedragen {
  bedragen: ReadonlyMap<string, Bedrag>;
  instellingen: WegwijzerInstellingen;
  datum: string;
}

/** The AOW age on the date, in months (past the table's last period: the last value, recorded). */
export function aowMaanden(ctx: MetBedragen, spoor?: { verlopenTot?: string }): number {
  const b = ctx.bedragen.get(ctx.instellingen.aowLeeftijd);
  const w = b && waardeOpDatum(b, ctx.datum);
  if (!w) throw new Error(`Bedrag "${ctx.instellingen.aowLeeftijd}" heeft geen waarde op ${ctx.datum}`);
  if (w.verlopen && spoor && (!spoor.verlopenTot || w.waarde.geldigTot! < spoor.verlopenTot)) spoor.verlopenTot = w.waarde.geldigTot!;
  return inMaanden(w.waarde);
}

/** "67 jaar" or "67 jaar en 3 maanden", in the page's language. */
export function aowTekst(t: Vertaal, maanden: number): string {
  const jaar = Math.floor(maanden / 12);
  const rest = maanden % 12;
  return rest === 0 ? t('eenheid.jaar', { count: jaar }) : t('eenheid.jaarEnMaanden', { jaar: t('eenheid.jaar', { count: jaar }), count: rest });
}

