/**
 * Escaping for XML 1.0 text and attribute values (the Atom feed). Pure.
 */

/** Characters XML 1.0 does not allow at all (C0 controls except tab, newline, return; lone surrogates; U+FFFE/U+FFFF). */
const ONGELDIG = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITEIT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe inside an element or a quoted attribute: `& < > " '` become entities and characters
 * XML cannot carry are dropped (they would make the whole document unreadable).
 */
export function xmlTekst(tekst: string): string {
  return tekst.replace(ONGELDIG, '').replace(/[&<>"']/g, (t) => ENTITEIT[t]!);
}
