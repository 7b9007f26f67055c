/**
 * The Situatie of the advice contract (../shared/advies-contract.md): what the question flow
 * learned. Every field but `onderwerpen` is optional; missing means "not asked" or "weet ik niet".
 * Messages name what is expected, in Dutch, one per field.
 */
import { z } from 'zod';
import { onderwerpIds } from './onderwerp';

export const huishoudens = ['alleenstaand', 'alleenstaande-ouder', 'samenwonend', 'samenwonend-met-kinderen'] as const;
export const schuldenSoorten = ['geen', 'zorgen', 'achterstand', 'dreigend'] as const;
export const zelfOplossenWaarden = ['ja', 'met-hulp-van-naasten', 'nee'] as const;
export const woonsituaties = ['huurwoning', 'koopwoning', 'inwonend', 'geen-vaste-woonplek'] as const;
export { metPartner } from '../domain/huishouden';

const een = (waarden: readonly string[]) => `moet een van deze waarden zijn: ${waarden.join(', ')}`;

function heelGetal(van: number, tot?: number) {
  const melding = tot === undefined ? `moet een heel getal van ${van} of meer zijn` : `moet een heel getal van ${van} tot en met ${tot} zijn`;
  const getal = z.number({ error: melding }).int({ error: melding }).min(van, { error: melding });
  return tot === undefined ? getal : getal.max(tot, { error: melding });
}

/** Euros, 0 or more. */
const euros = () => z.number({ error: 'moet een getal van 0 of meer zijn' }).min(0, { error: 'moet een getal van 0 of meer zijn' });

export const situatie = z
  .object({
    /** What the resident wants help with. */
    onderwerpen: z
      .array(z.enum(onderwerpIds, { error: een(onderwerpIds) }), { error: 'moet een lijst met onderwerpen zijn' })
      .min(1, { error: 'moet minstens één onderwerp bevatten' }),
    /** Age of the person the help is for. */
    leeftijd: heelGetal(0, 120).optional(),
    /** Household. */
    huishouden: z.enum(huishoudens, { error: een(huishoudens) }).optional(),
    /** Children under 18 living at home. */
    kinderen: heelGetal(0).optional(),
    /** Net monthly income of the whole household, without allowances, in euros. */
    nettoInkomenPerMaand: euros().optional(),
    /** Savings and other assets of the household, in euros. */
    vermogen: euros().optional(),
    /** Income has been this low for 3 years or more. */
    langdurigLaagInkomen: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** Money worries, arrears, or a threat of eviction, cut-off or bailiff. */
    schulden: z.enum(schuldenSoorten, { error: een(schuldenSoorten) }).optional(),
    /** Can the resident manage it themselves, with people around them, or not. */
    zelfOplossen: z.enum(zelfOplossenWaarden, { error: een(zelfOplossenWaarden) }).optional(),
    /** `1234AB`, `1234 AB` or `1234`. */
    postcode: z
      .string({ error: 'moet een postcode zijn, zoals 9901AB, 9901 AB of 9901' })
      .regex(/^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/, { error: 'moet een postcode zijn, zoals 9901AB, 9901 AB of 9901' })
      .optional(),
    /** Feels unsafe at home. */
    onveiligThuis: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** Someone is in danger right now. */
    acuutGevaar: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** v2: age of the partner (households `samenwonend…`). */
    partnerLeeftijd: heelGetal(0, 120).optional(),
    /** v2: follows an education for which they can get studiefinanciering (WSF 2000) or a WTOS allowance. */
    studeert: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** v2: works as self-employed (own business, zzp). */
    zelfstandige: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** v2: rents, owns, lives in someone else's home, or has no fixed place to live. */
    woonsituatie: z.enum(woonsituaties, { error: een(woonsituaties) }).optional(),
    /** v2: other people aged 27 or older in the same home, not the partner (kostendelersnorm, Pw art. 22a). */
    medebewoners27Plus: heelGetal(0).optional(),
    /** v2: holds a residence permit as a refugee, or as family member of one. */
    statushouder: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /** Extension (issue 15): the resident's partner (spouse, registered or living-together partner) died (Anw). */
    partnerOverleden: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /**
     * Extension (issue 15): needs care or supervision close by all day, and that will stay so (the
     * Wlz criterion, art. 3.2.1); the CIZ decides.
     */
    zorgHeleDag: z.boolean({ error: 'moet true of false zijn' }).optional(),
    /**
     * Extension for threshold questions (the question flow without JavaScript): instead of an exact
     * income, what the answers tell. Net monthly income is at most this amount.
     */
    inkomenHoogstens: euros().optional(),
    /** Extension: net monthly income is more than this amount. */
    inkomenMeerDan: euros().optional(),
    /** Extension: the person is at least this old. */
    leeftijdMinstens: heelGetal(0, 120).optional(),
    /** Extension: the person is younger than this. */
    leeftijdJongerDan: heelGetal(1, 121).optional(),
    /** Extension (threshold questions): the partner is at least this old. */
    partnerLeeftijdMinstens: heelGetal(0, 120).optional(),
    /** Extension: the partner is younger than this. */
    partnerLeeftijdJongerDan: heelGetal(1, 121).optional(),
    /** Extension: savings and other assets are at most this amount. */
    vermogenHoogstens: euros().optional(),
    /** Extension: savings and other assets are more than this amount. */
    vermogenMeerDan: euros().optional(),
  })
  .strict();

export type Situatie = z.infer<typeof situatie>;
export type Huishouden = (typeof huishoudens)[number];

/** One line per problem: `veld: wat er verwacht wordt (gekregen: …)`. */
export function situatieFouten(invoer: unknown): string[] {
  if (invoer === null || typeof invoer !== 'object' || Array.isArray(invoer))
    return ['situatie: moet een JSON-object zijn, zoals {"onderwerpen": ["huishouden"]}'];
  const uitkomst = situatie.safeParse(invoer);
  if (uitkomst.success) return [];
  return uitkomst.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => `${k}: is geen veld van de situatie (bekende velden: ${Object.keys(situatie.shape).join(', ')})`).join('\n');
    const pad = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    let gekregen: unknown = invoer;
    for (const p of issue.path) gekregen = (gekregen as Record<PropertyKey, unknown> | undefined)?.[p];
    const waarde = gekregen === undefined ? 'niets' : JSON.stringify(gekregen);
    return `${pad}: ${issue.message} (gekregen: ${waarde})`;
  }).flatMap((r) => r.split('\n'));
}
