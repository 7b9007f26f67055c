/**
 * The two axes of the seeds: individual ↔ collective and self ↔ professional. Every entry has one
 * cell on the map.
 */
import type { PolisRegel } from '../schemas/polis-regel';

export const bereikAs = ['individueel', 'beide', 'collectief'] as const;
export const uitvoeringAs = ['zelf', 'samen', 'professioneel'] as const;

export type Cel<T> = { bereik: (typeof bereikAs)[number]; uitvoering: (typeof uitvoeringAs)[number]; items: T[] };

export function assenKaart<T extends Pick<PolisRegel, 'assen' | 'titel'>>(items: readonly T[]): Cel<T>[][] {
  return uitvoeringAs.map((uitvoering) =>
    bereikAs.map((bereik) => ({
      bereik,
      uitvoering,
      items: items
        .filter((i) => i.assen.bereik === bereik && i.assen.uitvoering === uitvoering)
        .sort((a, b) => a.titel.localeCompare(b.titel, 'nl')),
    })),
  );
}
