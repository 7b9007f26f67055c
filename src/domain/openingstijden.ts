/**
 * Opening hours grouped by weekday, in week order, for display.
 */
import { weekdagen, type Openingstijd } from '../schemas/openingstijden';

export function perDag(tijden: readonly Openingstijd[]): { dag: (typeof weekdagen)[number]; tijden: Openingstijd[] }[] {
  return weekdagen
    .map((dag) => ({ dag, tijden: tijden.filter((t) => t.dag === dag).sort((a, b) => a.van.localeCompare(b.van)) }))
    .filter((d) => d.tijden.length > 0);
}

/** `09:30` → `9.30` as Dutch residents write times. */
export function schrijfTijd(tijd: string): string {
  const [u, m] = tijd.split(':');
  return `${Number(u)}.${m}`;
}
