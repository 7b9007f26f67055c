/**
 * A legal procedure several entries share, such as the Wmo route from melding to decision. Its
 * terms are written once here; entries refer to it with `procedure`.
 */
import { z } from 'zod';
import { slug, tekst } from './gedeeld';
import { termijn } from './polis-regel';

export const procedure = z
  .object({
    /** Reference used by polis entries. */
    id: slug,
    /** What the procedure is, for people who maintain the content. */
    omschrijving: tekst,
    /** The terms, in the order a resident meets them. */
    termijnen: z.array(termijn).min(1, { error: 'een lijst met minstens 1 termijn' }),
  })
  .strict();

export const proceduresBestand = z.array(procedure, { error: 'een lijst met procedures' });

export type Procedure = z.infer<typeof procedure>;
