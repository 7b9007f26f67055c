/**
 * Polis order (brief, principle 3): crisis help first, then self and network, collective facilities,
 * income schemes, debt help, and individual maatwerk via the wijkteam last.
 */
import type { Soort } from '../schemas/polis-regel';

export const polisVolgorde: readonly Soort[] = ['spoed', 'zelf', 'collectief', 'regeling', 'schuldhulp', 'wijkteam'];

/**
 * Within a soort, entries named in `voorrang` come first in that order (crisis lines: 112, Veilig
 * Thuis, 113), the rest alphabetically; so the order is stable for the same content.
 */
export function inPolisVolgorde<T extends { soort: Soort; titel: string; slug?: string }>(
  items: readonly T[],
  voorrang: readonly string[] = [],
): T[] {
  const rang = (i: T) => {
    const r = i.slug === undefined ? -1 : voorrang.indexOf(i.slug);
    return r === -1 ? voorrang.length : r;
  };
  return [...items].sort(
    (a, b) =>
      polisVolgorde.indexOf(a.soort) - polisVolgorde.indexOf(b.soort) ||
      rang(a) - rang(b) ||
      a.titel.localeCompare(b.titel, 'nl'),
  );
}

/** Groups items that are already in polis order, keeping that order. */
export function perSoort<T extends { soort: Soort }>(items: readonly T[]): [Soort, T[]][] {
  return polisVolgorde
    .map((soort): [Soort, T[]] => [soort, items.filter((i) => i.soort === soort)])
    .filter(([, lijst]) => lijst.length > 0);
}
