/**
 * A place in the neighbourhood, shaped after Open Referral HSDS: a `location` (address, hours,
 * accessibility, languages) run by an `organization`, where `services` (polis entries) are offered.
 */
import { z } from 'zod';
import { adres, email, slug, taal, tekst, telefoon } from './gedeeld';
import { openingstijden } from './openingstijden';

export const plekSoorten = ['buurthuis', 'bibliotheek', 'ouderenwerk', 'inloop', 'jongerencentrum', 'loket'] as const;

export const plek = z
  .object({
    /** Reference and anchor. */
    id: slug,
    /** Name on the door. */
    naam: tekst,
    /** Kind of place, for grouping. */
    soort: z.enum(plekSoorten, { error: `een van: ${plekSoorten.join(', ')}` }),
    /** Id of the organisation that runs it (HSDS organization). */
    organisatie: slug,
    /** What you can do there, in one or two short sentences. */
    omschrijving: tekst,
    /** Address (HSDS physical_address). */
    adres,
    /** Neighbourhood name, e.g. "Noord". */
    wijk: tekst,
    /** Opening hours (HSDS schedule). */
    openingstijden,
    /** Phone number of the place itself. */
    telefoon: telefoon.optional(),
    /** E-mail address of the place itself. */
    email: email.optional(),
    /** Languages staff or volunteers speak (HSDS language). */
    talen: z.array(taal).min(1, { error: 'een lijst met minstens 1 taal' }),
    /** Accessibility facts (HSDS accessibility), e.g. "Ingang zonder drempel". */
    toegankelijkheid: z.array(tekst).min(1, { error: 'een lijst met minstens 1 punt' }),
    /** Polis entries offered at this place (HSDS service_at_location). */
    diensten: z.array(slug).default([]),
  })
  .strict();

export const plekkenBestand = z.array(plek, { error: 'een lijst met plekken' });

export type Plek = z.infer<typeof plek>;
