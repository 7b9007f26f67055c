/**
 * A municipality's local contacts for a national entry (`content/gemeenten/<gemeente>/lokaal.yaml`):
 * its own toeslagen helpdesk, the address of the local food bank. The national entry lives once, for
 * every municipality; this adds to it without copying it. Shown apart from the national contacts.
 */
import { z } from 'zod';
import { slug } from './gedeeld';

export const lokaleAanvulling = z
  .object({
    /** Slug of the national entry (a file in `content/nationaal/polis/`). */
    polis: slug,
    /** Ids of local organisations (this municipality's `organisaties.yaml`). */
    organisaties: z.array(slug).default([]),
    /** Ids of local places (this municipality's `plekken.yaml`). */
    plekken: z.array(slug).default([]),
  })
  .strict()
  .refine((a) => a.organisaties.length + a.plekken.length > 0, {
    error: 'minstens één lokaal contact: organisaties of plekken',
    path: ['organisaties'],
  });

export const lokaleAanvullingenBestand = z.array(lokaleAanvulling, { error: 'een lijst met lokale aanvullingen' });

export type LokaleAanvulling = z.infer<typeof lokaleAanvulling>;
