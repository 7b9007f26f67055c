/**
 * Topics (levensgebieden): what a resident wants help with. The ids are the `Onderwerp` values of the
 * advice contract.
 */
import { z } from 'zod';
import { tekst } from './gedeeld';

import { onderwerpIds } from './onderwerp-ids';

export { onderwerpIds };

export const onderwerpId = z.enum(onderwerpIds, { error: `een onderwerp, een van: ${onderwerpIds.join(', ')}` });

export const onderwerp = z
  .object({
    /** Contract id of the topic; also its URL. */
    id: onderwerpId,
    /** Short name as a resident would say it, e.g. "Geld en rondkomen". */
    titel: tekst,
    /** One plain sentence: what this topic covers. */
    omschrijving: tekst,
    /** Name of a pictogram from the open Tabler icon set (outline), e.g. `home`. */
    pictogram: z.string().regex(/^[a-z0-9-]+$/, { error: 'de naam van een Tabler-pictogram, zoals home' }),
  })
  .strict();

export const onderwerpenBestand = z.array(onderwerp, { error: 'een lijst met onderwerpen' });

export type Onderwerp = z.infer<typeof onderwerp>;
export type OnderwerpId = z.infer<typeof onderwerpId>;
