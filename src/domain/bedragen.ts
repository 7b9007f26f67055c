/**
 * The dated amounts table: which value applies on a date, and how to write it for a resident.
 */
import type { Bedrag, BedragWaarde } from '../schemas/bedrag';

export function geldendeWaarde(bedrag: Bedrag, datum: string): BedragWaarde | undefined {
  return bedrag.waarden.find((w) => w.geldigVanaf <= datum && (!w.geldigTot || datum <= w.geldigTot));
}

export interface WaardeOpDatum {
  waarde: BedragWaarde;
  /** The date lies past the last period: this is the last known value, shown with a warning, never silently. */
  verlopen: boolean;
}

/**
 * The value on a date; past the last period, the last value marked `verlopen` (the caller warns and
 * lowers certainty). Before the first period, or in a gap between periods: none.
 */
export function waardeOpDatum(bedrag: Bedrag, datum: string): WaardeOpDatum | undefined {
  const geldend = geldendeWaarde(bedrag, datum);
  if (geldend) return { waarde: geldend, verlopen: false };
  const laatste = [...bedrag.waarden].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf)).at(-1)!;
  return laatste.geldigTot !== undefined && datum > laatste.geldigTot ? { waarde: laatste, verlopen: true } : undefined;
}

/** An age in the table (eenheid `jaar` with optional `maanden`) in months. */
export function inMaanden(w: BedragWaarde): number {
  return Math.round(w.waarde * 12) + (w.maanden ?? 0);
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const geheleEuro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Rounds a share of an amount down to whole cents, so a threshold is never overstated. */
export function aandeel(waarde: number, procent?: number): number {
  return procent === undefined ? waarde : Math.floor((waarde * procent) / 100 * 100 + 1e-6) / 100;
}

export function schrijfBedrag(waarde: number, eenheid: Bedrag['eenheid']): string {
  switch (eenheid) {
    case 'euro-per-maand':
    case 'euro-per-jaar':
    case 'euro':
      return (Number.isInteger(waarde) ? geheleEuro : euro).format(waarde).replace(/\s/u, '\u00a0');
    case 'jaar':
      return `${getal.format(waarde)} jaar`;
    case 'procent':
      return `${getal.format(waarde)}%`;
  }
}

/** The earliest end date among these amounts that the date lies past, or `undefined`: all current. */
export function verlopenTot(sleutels: Iterable<string>, bedragen: ReadonlyMap<string, Bedrag>, datum: string): string | undefined {
  let vroegste: string | undefined;
  for (const sleutel of sleutels) {
    const b = bedragen.get(sleutel);
    const w = b && waardeOpDatum(b, datum);
    if (w?.verlopen && (!vroegste || w.waarde.geldigTot! < vroegste)) vroegste = w.waarde.geldigTot!;
  }
  return vroegste;
}

/** Every amount key a piece of content refers to as `{bedrag:…}` (also `{bedrag:a|b}`). */
export function bedragSleutelsIn(inhoud: unknown): string[] {
  const uit = new Set<string>();
  for (const m of JSON.stringify(inhoud).matchAll(/\{bedrag:([a-z0-9-]+)(?:\|([a-z0-9-]+))?\}/g)) {
    uit.add(m[1]!);
    if (m[2]) uit.add(m[2]);
  }
  return [...uit];
}
