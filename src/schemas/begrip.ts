/**
 * Glossary terms. The first use of a term in an entry's text links to its explanation.
 */
import { z } from 'zod';
import { alineas, slug, tekst } from './gedeeld';

export const begrip = z
  .object({
    /** Anchor on the glossary page. */
    id: slug,
    /** The term as it is written, e.g. "eigen bijdrage". */
    term: tekst,
    /** Other spellings or inflections that should link too, e.g. "eigen bijdragen". */
    varianten: z.array(tekst).default([]),
    /** Explanation in plain words, one or two short sentences. */
    uitleg: alineas,
  })
  .strict();

export const begrippenBestand = z.array(begrip, { error: 'een lijst met begrippen' });

export type Begrip = z.infer<typeof begrip>;
