/**
 * The dated amounts table: every amount (and every number a rule depends on, such as the AOW age)
 * lives here once with the period it is valid for and its source. Text refers to an amount by its key.
 */
import { z } from 'zod';
import { bron, datum, slug, tekst } from './gedeeld';

export const eenheden = ['euro-per-maand', 'euro-per-jaar', 'euro', 'jaar', 'procent'] as const;

export const bedragWaarde = z
  .object({
    /** The value, in the unit of the amount (euros, years or percent). */
    waarde: z.number({ error: 'een getal' }).nonnegative({ error: 'een getal van 0 of meer' }),
    /** First day this value applies. */
    geldigVanaf: datum,
    /** Last day this value applies; absent when not yet known. Past the last period the site warns and the advice says "misschien". */
    geldigTot: datum.optional(),
    /** Extra months on top of `waarde` years (eenheid `jaar` only), e.g. the AOW age 67 years and 3 months. */
    maanden: z.number({ error: 'een heel getal van 1 tot en met 11' }).int({ error: 'een heel getal van 1 tot en met 11' }).min(1, { error: 'een heel getal van 1 tot en met 11' }).max(11, { error: 'een heel getal van 1 tot en met 11' }).optional(),
    /** Where the value comes from and how sure it is. */
    bron,
  })
  .strict()
  .refine((w) => !w.geldigTot || w.geldigTot >= w.geldigVanaf, {
    error: 'een einddatum (geldigTot) op of na geldigVanaf',
    path: ['geldigTot'],
  });

export const bedrag = z
  .object({
    /** Key that text and rules use to refer to this amount, e.g. `wmo-abonnementstarief`. */
    sleutel: slug,
    /** What the amount is, in one short line for people who maintain the table. */
    omschrijving: tekst,
    /** Unit of every value. */
    eenheid: z.enum(eenheden, { error: `een van: ${eenheden.join(', ')}` }),
    /** `landelijk` for national facts (the same everywhere), `lokaal` for the municipality's own choices. */
    niveau: z.enum(['landelijk', 'lokaal'], { error: 'een van: landelijk, lokaal' }),
    /** The values over time; periods must not overlap. */
    waarden: z.array(bedragWaarde).min(1, { error: 'een lijst met minstens 1 waarde' }),
  })
  .strict()
  .superRefine((b, ctx) => {
    b.waarden.forEach((w, i) => {
      if (w.maanden !== undefined && b.eenheid !== 'jaar')
        ctx.addIssue({ code: 'custom', path: ['waarden', i, 'maanden'], message: 'alleen bij eenheid jaar; haal maanden weg of zet eenheid: jaar' });
    });
  });

/** A file of amounts. */
export const bedragenBestand = z.array(bedrag, { error: 'een lijst met bedragen' });

export type Bedrag = z.infer<typeof bedrag>;
export type BedragWaarde = z.infer<typeof bedragWaarde>;
