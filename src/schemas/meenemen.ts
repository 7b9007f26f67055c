/**
 * What to bring to a conversation, per kind of help: the take-to-the-wijkteam sheet lists what the
 * routes of an advice need, once each.
 */
import { z } from 'zod';
import { tekst } from './gedeeld';
import { soort } from './polis-regel-soort';

export const meenemen = z
  .object({
    /** For routes of this soort. */
    soort,
    /** Things to bring, short and concrete. */
    spullen: z.array(tekst).min(1),
  })
  .strict();

export const meenemenBestand = z.array(meenemen, { error: 'een lijst met per soort wat u meeneemt' });

export type Meenemen = z.infer<typeof meenemen>;
