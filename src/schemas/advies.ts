/**
 * The Advies of the advice contract: routes in reading order, what was considered but not given
 * (with why), the wijkteam for the postcode and notices.
 */
import { z } from 'zod';
import { grondslag, slug } from './gedeeld';
import { soort } from './polis-regel';

export const reden = z.object({
  /** The reason in plain Dutch. */
  tekst: z.string().min(1),
  /** The law and article (or local rule) the reason rests on. */
  grondslag: grondslag.optional(),
});

export const route = z.object({
  soort,
  /** The polis entry this route points to. */
  polis: slug,
  /** `misschien`: more information is needed to be sure. */
  zekerheid: z.enum(['waarschijnlijk', 'misschien']),
  /** E.g. debt with an eviction threat: first conversation within 3 working days. */
  urgent: z.boolean(),
  redenen: z.array(reden).min(1),
  /** v2: the official check or calculator where the resident finds out for sure (SVB, DUO, Belastingdienst). */
  controle: z.object({ naam: z.string().min(1), url: z.url() }).optional(),
});

export const advies = z.object({
  gemeente: slug,
  datum: z.iso.date(),
  routes: z.array(route),
  nietVoorU: z.array(z.object({ polis: slug, redenen: z.array(reden).min(1) })),
  wijkteam: z.object({ slug, naam: z.string(), telefoon: z.string() }).nullable(),
  meldingen: z.array(z.string()),
});

export type Reden = z.infer<typeof reden>;
export type Route = z.infer<typeof route>;
export type Advies = z.infer<typeof advies>;
