/**
 * An organisation residents can contact, shaped after the Open Referral HSDS `organization`
 * (with its main contact details; HSDS keeps those on `phone`/`contact`).
 */
import { z } from 'zod';
import { email, slug, tekst, telefoon, url } from './gedeeld';

export const organisatie = z
  .object({
    /** Reference used by polis entries and places. */
    id: slug,
    /** Name as residents know it. */
    naam: tekst,
    /** One plain sentence about what the organisation does. */
    omschrijving: tekst,
    /** Main phone number. */
    telefoon: telefoon.optional(),
    /** When and how the phone is answered, e.g. "gratis, dag en nacht". */
    telefoonToelichting: tekst.optional(),
    /** E-mail address (for the demo: always @example.org). */
    email: email.optional(),
    /** Website. */
    website: url.optional(),
    /** `true` for real national organisations whose numbers are real; `false` for local ones. */
    landelijk: z.boolean({ error: 'true of false' }),
  })
  .strict()
  .refine((o) => o.telefoon || o.email || o.website, {
    error: 'minstens één manier van contact: telefoon, email of website',
    path: ['telefoon'],
  });

export const organisatiesBestand = z.array(organisatie, { error: 'een lijst met organisaties' });

export type Organisatie = z.infer<typeof organisatie>;
