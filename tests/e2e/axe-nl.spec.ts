/**
 * axe on the Dutch pages at 360 and 1280 px: in `npm test` every template plus a fixed-seed sample of
 * the sitemap (steekproef.ts); with `PAGINAS=alles` every URL of the Dutch sitemap
 * (`npm run toegankelijkheid:alles` does every language). The URLs are cut into groups so the two
 * workers share the load; each group reports all its pages' violations at once.
 */
import { expect, test } from '@playwright/test';
import { axeOpBreedtes } from '../hulp/axe';
import { sitemapPaden } from './sitemap';
import { kiesPaden, keuzeUitleg } from '../hulp/steekproef';

const sitemap = sitemapPaden().filter((p) => p.startsWith('/nl/'));
const paden = kiesPaden(sitemap);
const groepen = Math.min(24, Math.ceil(paden.length / 6));

test('de Nederlandse sitemap is niet leeg', () => {
  expect(sitemap.length).toBeGreaterThan(800);
  console.log(`axe in het Nederlands: ${keuzeUitleg(paden.length, sitemap.length)}`);
});

for (let g = 0; g < groepen; g++)
  test(`axe op Nederlandse pagina's, groep ${g + 1} van ${groepen}`, async ({ page }) => {
    const eigen = paden.filter((_, i) => i % groepen === g);
    // Generous: a loaded 2-core machine needs up to 8 s a page; the budget is not what this measures.
    test.setTimeout(eigen.length * 20_000);
    const fouten: string[] = [];
    for (const pad of eigen) fouten.push(...(await axeOpBreedtes(page, pad)));
    expect(fouten).toEqual([]);
  });
