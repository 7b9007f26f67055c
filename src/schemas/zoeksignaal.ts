/**
 * A search signal (`content/nationaal/zoeksignalen.yaml`): words that show someone is in danger.
 * A query with one of them shows the crisis help first, in every language.
 */
import { z } from 'zod';
import { slug, taal, tekst } from './gedeeld';

export const zoeksignaal = z
  .object({
    /** What the words signal, e.g. `zelfmoord`, `geweld`. */
    id: slug,
    /** The crisis entries shown first, in this order. */
    polis: z.array(slug).min(1, { error: 'een lijst met minstens 1 polisregel' }),
    /** Per language (every language): words and phrases, lower case; each matches the start of a word in the query. */
    woorden: z.record(taal, z.array(tekst).min(1, { error: 'een lijst met minstens 1 woord' })),
  })
  .strict();

export const zoeksignalenBestand = z.array(zoeksignaal, { error: 'een lijst met zoeksignalen' });

export type Zoeksignaal = z.infer<typeof zoeksignaal>;
