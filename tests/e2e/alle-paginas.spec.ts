/**
 * The pages of the sitemap, in every language: each answers 200 with one h1 and a title, carries the
 * right `lang` and `dir`, lists its translations as reciprocal hreflang alternates (plus x-default),
 * and its links stay in its language unless a link says otherwise with `hreflang`. In `npm test`:
 * every template plus a fixed-seed sample per language (steekproef.ts); every URL of the sitemap with
 * `PAGINAS=alles` (`npm run paginas:alles`). The sitemap itself is always checked whole.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaden } from './sitemap';
import { allePaginasGevraagd, isSjabloon, keuzeUitleg, kiesPaden } from '../hulp/steekproef';
import { richtingVan, taalVanPad, talen } from './talen';

const sitemap = sitemapPaden().filter((p) => p !== '/');
const paden = kiesPaden(sitemap);
const zonderTaal = (pad: string) => pad.replace(/^\/[a-z]{2,3}\//, '/');

test('de sitemap noemt alle soorten pagina’s, in elke taal', () => {
  expect(sitemap.length).toBeGreaterThan(50 * talen.length);
  for (const { code } of talen)
    for (const pad of ['/', '/polis/', '/polis/bijstand/', '/polis/bijstand/naast-elkaar/', '/onderwerp/schulden/', '/wijkteams/',
      '/wijkteams/wijkteam-zuid/', '/plekken/', '/begrippen/', '/over/', '/over/vertalingen/', '/wegwijzer/'])
      expect(sitemap).toContain(`/${code}${pad}`);
  console.log(`alle-paginas: ${keuzeUitleg(paden.length, sitemap.length)}`);
});

test('elke pagina bestaat in elke taal, met hetzelfde adres', () => {
  const perTaal = new Map(talen.map(({ code }) => [code, new Set<string>()]));
  for (const pad of sitemap) perTaal.get(taalVanPad(pad)!)!.add(zonderTaal(pad));
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
  test(`URL's in het ${code}: 200, één h1, titel, lang/dir, hreflang wederzijds, links in de eigen taal`, async ({ request }) => {
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
      // Reciprocal: the page a link points at points back. Checked on every page of the sample; over
      // the whole sitemap on every 25th step page, whose alternates come from the same template, and on
      // every other page.
      if (!allePaginasGevraagd || !/\/wegwijzer\/.+\/.+/.test(pad) || eigen.indexOf(pad) % 25 === 0)
        for (const [ander, doel] of alt) if (ander !== 'x-default') expect((await haal(doel)).get(code), `${doel} → ${pad}`).toBe(pad);
    }
  });

// In a real browser, in `npm test`: the Dutch pages of the sample (templates and drawn pages, wegwijzer
// steps included) and every template in the other languages. With PAGINAS=alles: every Dutch page
// except the thousands of wegwijzer steps, which share two templates, and in the other languages the
// first page of each template. The checks above cover the rest without a browser.
const sjabloon = (pad: string) => zonderTaal(pad).replace(/^(\/[^/]+\/)[^/]+\//, '$1*/');
const getoond = new Set<string>();
const inBrowser = allePaginasGevraagd
  ? paden.filter((p) => {
    if (/^\/[a-z]{2,3}\/wegwijzer\/.+\/.+/.test(p)) return false;
    if (taalVanPad(p) === 'nl') return true;
    const sleutel = `${taalVanPad(p)} ${sjabloon(p)}`;
    return !getoond.has(sleutel) && Boolean(getoond.add(sleutel));
  })
  : paden.filter((p) => taalVanPad(p) === 'nl' || isSjabloon(p));
// One page per group of pages: a new browser context per page costs more than the checks themselves.
// Soft assertions, so a group reports every page that fails, each by its address.
const perGroep = 15;
const groepen: string[][] = [];
for (const { code } of talen) {
  const eigen = inBrowser.filter((p) => taalVanPad(p) === code);
  for (let i = 0; i < eigen.length; i += perGroep) groepen.push(eigen.slice(i, i + perGroep));
}
for (const groep of groepen) {
  const taal = taalVanPad(groep[0]!)!;
  test(`in de browser, ${taal}: ${groep.length} pagina's vanaf ${groep[0]}`, async ({ page }) => {
    test.setTimeout(groep.length * 15_000);
    for (const pad of groep) {
      await page.goto(pad);
      await expect.soft(page.locator('h1'), pad).toHaveCount(1);
      expect.soft((await page.title()).trim().length, pad).toBeGreaterThan(5);
      await expect.soft(page.locator('html'), pad).toHaveAttribute('lang', taal);
      await expect.soft(page.locator('html'), pad).toHaveAttribute('dir', richtingVan(taal)!);
      await expect.soft(page.locator('.crisisbalk a[href="tel:112"]'), pad).toBeVisible();
      await expect.soft(page.locator('.crisisbalk a[href="tel:08002000"]'), pad).toBeVisible();
      await expect.soft(page.locator('.crisisbalk a[href="tel:113"]'), pad).toBeVisible();
      await expect.soft(page.locator('.demobanner'), pad).toBeVisible();
      await expect.soft(page.locator(`.taalkiezer a[data-taal="${taal}"]`), pad).toHaveAttribute('aria-current', 'true');
    }
  });
}
