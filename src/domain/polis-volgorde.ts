/**
 * Polis order (brief, principle 3): crisis help first, then self and network, collective facilities,
 * income schemes, debt help, and individual maatwerk via the wijkteam last.
 */
import type { Soort } from '../schemas/polis-regel';

export const polisVolgorde: readonly Soort[] = ['spoed', 'zelf', 'collectief', 'regeling', 'schuldhulp', 'wijkteam'];

export function inPolisVolgorde<T extends { soort: Soort; titel: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => polisVolgorde.indexOf(a.soort) - polisVolgorde.indexOf(b.soort) || a.titel.localeCompare(b.titel, 'nl'),
  );
}

export function perSoort<T extends { soort: Soort; titel: string }>(items: readonly T[]): [Soort, T[]][] {
  return polisVolgorde
    .map((soort): [Soort, T[]] => [soort, inPolisVolgorde(items.filter((i) => i.soort === soort))])
    .filter(([, lijst]) => lijst.length > 0);
}
