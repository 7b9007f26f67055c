/**
 * What a resident can do when they disagree. Most entries share one of a few routes (objection to a
 * decision of the municipality, a complaint to a provider, ...), so each route is written once here
 * and entries refer to it.
 */
import { z } from 'zod';
import { alineas, grondslag, slug, tekst, zekerheid } from './gedeeld';

export const bezwaarroute = z
  .object({
    /** Reference used by polis entries. */
    id: slug,
    /** Short heading, e.g. "Bezwaar maken bij de gemeente". */
    titel: tekst,
    /** What to do, in short sentences. */
    tekst: alineas,
    /** Legal basis of the route, when there is one. */
    grondslag: grondslag.optional(),
    /** How sure the statements are; `controleren` shows a caveat. */
    zekerheid,
  })
  .strict();

export const bezwaarroutesBestand = z.array(bezwaarroute, { error: 'een lijst met bezwaarroutes' });

export type Bezwaarroute = z.infer<typeof bezwaarroute>;
