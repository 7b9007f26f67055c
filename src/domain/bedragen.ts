/**
 * The dated amounts table: which value applies on a date, and how to write it for a resident.
 */
import type { Bedrag, BedragWaarde } from '../schemas/bedrag';

export function geldendeWaarde(bedrag: Bedrag, datum: string): BedragWaarde | undefined {
  return bedrag.waarden.find((w) => w.geldigVanaf <= datum && (!w.geldigTot || datum <= w.geldigTot));
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
