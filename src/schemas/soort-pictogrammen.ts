/**
 * The pictogram of each soort of help (the polis order: crisis help, self and network, collective,
 * schemes, debt help, wijkteam). Every soort needs one, so labels never stand without their picture.
 */
import { z } from 'zod';
import { soorten } from './polis-regel-soort';

/** Name of a pictogram from the open Tabler icon set (outline), e.g. `urgent`. */
export const pictogramNaam = z.string().regex(/^[a-z0-9-]+$/, { error: 'de naam van een Tabler-pictogram, zoals home' });

export const soortPictogrammen = z
  .object(Object.fromEntries(soorten.map((s) => [s, pictogramNaam])) as Record<(typeof soorten)[number], typeof pictogramNaam>)
  .strict();

export type SoortPictogrammen = z.infer<typeof soortPictogrammen>;
