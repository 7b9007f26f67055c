/**
 * Amounts as people type them: `1500`, `1.500`, `1500,50`, `€ 1.500`, `1.500,-`. A dot followed by
 * exactly three digits is a thousands separator (Dutch), a comma is the decimal sign.
 */
export function leesBedrag(invoer: string): number | undefined {
  const schoon = invoer.replace(/€|eur(o)?|\s|,-$/gi, '').replace(/\.(?=\d{3}(\D|$))/g, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(schoon)) return undefined;
  return Number(schoon.replace(',', '.'));
}

/** Whole years, 0 to 120. */
export function leesLeeftijd(invoer: string): number | undefined {
  const s = invoer.trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 120 ? n : undefined;
}
