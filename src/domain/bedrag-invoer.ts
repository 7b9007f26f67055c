/**
 * Digits as Arabic and Persian keyboards type them (٣٥, ۳۵) become 0–9, with the Arabic decimal
 * and thousands signs (٫ ٬) as comma and dot, so residents can answer on their own keyboard.
 */
export function gewoneCijfers(invoer: string): string {
  return invoer
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ',')
    .replace(/\u066C/g, '.');
}

/**
 * Amounts as people type them: `1500`, `1.500`, `1500,50`, `€ 1.500`, `1.500,-`, also in Arabic or
 * Persian digits. A dot followed by exactly three digits is a thousands separator (Dutch), a comma
 * is the decimal sign.
 */
export function leesBedrag(invoer: string): number | undefined {
  const schoon = gewoneCijfers(invoer).replace(/€|eur(o)?|\s|,-$/gi, '').replace(/\.(?=\d{3}(\D|$))/g, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(schoon)) return undefined;
  return Number(schoon.replace(',', '.'));
}

/** Whole years, 0 to 120, in any of these digit sets. */
export function leesLeeftijd(invoer: string): number | undefined {
  const s = gewoneCijfers(invoer).trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 120 ? n : undefined;
}
