/**
 * A wijkteam (neighbourhood team): the door to individual support. Shaped after Open Referral HSDS
 * (organization + location + schedule) plus the postcode areas it serves.
 */
import { z } from 'zod';
import { adres, alineas, email, slug, taal, tekst, telefoon } from './gedeeld';
import { openingstijden } from './openingstijden';

const postcodeCijfers = z.number().int().min(1000).max(9999, { error: 'de vier cijfers van een postcode' });

export const postcodegebied = z
  .object({
    /** First four-digit postcode of the range, e.g. 9901. */
    van: postcodeCijfers,
    /** Last four-digit postcode of the range (inclusive), e.g. 9909. */
    tot: postcodeCijfers,
  })
  .strict()
  .refine((g) => g.tot >= g.van, { error: 'een laatste postcode (tot) die niet lager is dan de eerste (van)', path: ['tot'] });

export const wijkteam = z
  .object({
    /** Reference and URL, e.g. `wijkteam-noord`. */
    id: slug,
    /** Name, e.g. "Wijkteam Noord". */
    naam: tekst,
    /** Neighbourhoods it serves, in words. */
    wijken: z.array(tekst).min(1),
    /** What the team does, in short sentences. */
    omschrijving: alineas,
    /** Address of the team's office. */
    adres,
    /** Phone number. */
    telefoon,
    /** When the phone is answered. */
    telefoonToelichting: tekst.optional(),
    /** E-mail address (demo: @example.org). */
    email,
    /** Opening hours and walk-in hours. */
    openingstijden,
    /** Languages the team can speak with residents. */
    talen: z.array(taal).min(1),
    /** Accessibility of the office. */
    toegankelijkheid: z.array(tekst).min(1),
    /** Postcode ranges served; ranges of different teams must not overlap. */
    postcodegebieden: z.array(postcodegebied).min(1, { error: 'een lijst met minstens 1 postcodegebied' }),
  })
  .strict();

export const wijkteamsBestand = z.array(wijkteam, { error: 'een lijst met wijkteams' });

export type Wijkteam = z.infer<typeof wijkteam>;
