/**
 * A block of another language inside a page (the Dutch column of "naast elkaar") links to pages in
 * that language. `hreflang` on those links says so, for screen readers and for the link check that
 * keeps every other link in the page's own language.
 */
export function markeerLinksNaarTaal(html: string, taal: string): string {
  const naarTaal = new RegExp(`<a\\s(?![^>]*\\bhreflang=)((?:[^>]*\\s)?href="/${taal}/)`, 'g');
  return html.replace(naarTaal, `<a hreflang="${taal}" $1`);
}
