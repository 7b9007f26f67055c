/**
 * Opening hours, shaped after the Open Referral HSDS `schedule`: one row per weekday and time span.
 */
import { z } from 'zod';
import { tekst } from './gedeeld';

export const weekdagen = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const tijd = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'een tijd als 09:00' });

export const openingstijd = z
  .object({
    /** Day of the week. */
    dag: z.enum(weekdagen, { error: `een van: ${weekdagen.join(', ')}` }),
    /** Opening time, `HH:MM`. */
    van: tijd,
    /** Closing time, `HH:MM`, later than `van`. */
    tot: tijd,
    /** What happens in this time span, e.g. "inloopspreekuur, zonder afspraak". */
    toelichting: tekst.optional(),
  })
  .strict()
  .refine((o) => o.van < o.tot, { error: 'een sluitingstijd (tot) na de openingstijd (van)', path: ['tot'] });

/** All opening hours of a place; an empty list means "only by appointment". */
export const openingstijden = z.array(openingstijd);

export type Openingstijd = z.infer<typeof openingstijd>;
