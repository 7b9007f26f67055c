/** `tel:` link target: digits only (and a leading +), so "0800-2000" dials as 08002000. */
export function telLink(nummer: string): string {
  return `tel:${nummer.replace(/[^0-9+]/g, '')}`;
}
