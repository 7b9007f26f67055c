/** Polis order: crisis help, self and network, collective, income schemes, debt help, individual maatwerk. */
import { z } from 'zod';

export const soorten = ['spoed', 'zelf', 'collectief', 'regeling', 'schuldhulp', 'wijkteam'] as const;
export const soort = z.enum(soorten, { error: `een van: ${soorten.join(', ')}` });
export type Soort = z.infer<typeof soort>;
