/**
 * Every URL in the sitemap, in every language: it answers 200 with one h1 and a title, carries the
 * right `lang` and `dir`, lists its translations as reciprocal hreflang alternates (plus x-default),
 * and its links stay in its language unless a link says otherwise with `hreflang`.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaden } from './sitemap';
import { richtingVan, taalVanPad, talen } from './talen';

const paden = sitemapPaden().filter((p) => p !== '/');
const zonderTaal = (pad: string) => pad.replace(/^\/[a-z]{2,3}\//, '/');

test('de sitemap noemt alle soorten pagina’s, in elke taal', () => {
  expect(paden.length).toBeGreaterThan(50 * talen.length);
  for (const { code } of talen)
    for (const pad of ['/', '/polis/', '/polis/bijstand/', '/polis/bijstand/naast-elkaar/', '/onderwerp/schulden/', '/wijkteams/',
      '/wijkteams/wijkteam-zuid/', '/plekken/', '/begrippen/', '/over/', '/over/vertalingen/', '/wegwijzer/'])
      expect(paden).toContain(`/${code}${pad}`);
});

test('elke pagina bestaat in elke taal, met hetzelfde adres', () => {
  const perTaal = new Map(talen.map(({ code }) => [code, new Set<string>()]));
  for (const pad of paden) perTaal.get(taalVanPad(pad)!)!.add(zonderTaal(pad));
  const nl = [...perTaal.get('nl')!].sort();
  for (const { code } of talen) expect([...perTaal.get(code)!].sort(), code).toEqual(nl);
});

/** The `<a>` tags of a page whose language prefix differs from what they declare (or the page's). */
function linksBuitenTaal(html: string, taal: string): string[] {
  return [...html.matchAll(/<a\s[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => {
      const doel = /href="\/([a-z]{2,3})\//.exec(tag)?.[1];
      if (!doel || !richtingVan(doel)) return false;
      const verklaard = /hreflang="([^"]+)"/.exec(tag)?.[1];
      return doel !== (verklaard ?? taal);
    });
}

function alternatieven(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
}

for (const { code, richting } of talen)
  test(`elke URL in het ${code}: 200, één h1, titel, lang/dir, hreflang wederzijds, links in de eigen taal`, async ({ request }) => {
    test.setTimeout(600_000);
    const eigen = paden.filter((p) => taalVanPad(p) === code);
    const cache = new Map<string, Map<string, string>>();
    const haal = async (pad: string) => {
      if (!cache.has(pad)) {
        const antwoord = await request.get(pad);
        expect(antwoord.status(), pad).toBe(200);
        cache.set(pad, alternatieven(await antwoord.text()));
      }
      return cache.get(pad)!;
    };
    for (const pad of eigen) {
      const antwoord = await request.get(pad);
      expect(antwoord.status(), pad).toBe(200);
      const html = await antwoord.text();
      expect(html.match(/<h1[\s>]/g)?.length, pad).toBe(1);
      expect(html, pad).toMatch(/<title>[^<]{6,}<\/title>/);
      expect(html, pad).toContain(`<html lang="${code}" dir="${richting}"`);
      expect(linksBuitenTaal(html, code), pad).toEqual([]);
      // Every reference in content text is resolved: no `{nl:…}`, `{bedrag:…}` or `{polis:…}` shows.
      expect(html.match(/\{(nl|bedrag|polis):[^}]*\}/)?.[0], pad).toBeUndefined();

      const alt = alternatieven(html);
      expect([...alt.keys()].sort(), pad).toEqual([...talen.map((t) => t.code), 'x-default'].sort());
      expect(alt.get(code), pad).toBe(pad);
      expect(alt.get('x-default'), pad).toBe(`/nl${zonderTaal(pad)}`);
      for (const { code: ander } of talen) expect(alt.get(ander), pad).toBe(`/${ander}${zonderTaal(pad)}`);
      // Reciprocal: the page a link points at points back. Checked on a sample of the step pages,
      // whose alternates come from the same template, and on every other page.
      if (!/\/wegwijzer\/.+\/.+/.test(pad) || eigen.indexOf(pad) % 25 === 0)
        for (const [ander, doel] of alt) if (ander !== 'x-default') expect((await haal(doel)).get(code), `${doel} → ${pad}`).toBe(pad);
    }
  });

// In a real browser: every Dutch page except the thousands of wegwijzer steps, which share two
// templates; in the other languages the first page of each template (the checks above cover the rest).
const sjabloon = (pad: string) => zonderTaal(pad).replace(/^(\/[^/]+\/)[^/]+\//, '$1*/');
const getoond = new Set<string>();
const inBrowser = paden.filter((p) => {
  if (/^\/[a-z]{2,3}\/wegwijzer\/.+\/.+/.test(p)) return false;
  if (taalVanPad(p) === 'nl') return true;
  const sleutel = `${taalVanPad(p)} ${sjabloon(p)}`;
  return !getoond.has(sleutel) && Boolean(getoond.add(sleutel));
});
for (const pad of inBrowser) {
  test(`pagina ${pad}`, async ({ page }) => {
    const taal = taalVanPad(pad)!;
    await page.goto(pad);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(5);
    await expect(page.locator('html')).toHaveAttribute('lang', taal);
    await expect(page.locator('html')).toHaveAttribute('dir', richtingVan(taal)!);
    await expect(page.locator('.crisisbalk a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('.crisisbalk a[href="tel:08002000"]')).toBeVisible();
    await expect(page.locator('.crisisbalk a[href="tel:113"]')).toBeVisible();
    await expect(page.locator('.demobanner')).toBeVisible();
    await expect(page.locator(`.taalkiezer a[data-taal="${taal}"]`)).toHaveAttribute('aria-current', 'true');
  });
}
