/**
 * axe on every URL of the Dutch sitemap, at 360 and 1280 px. The URLs are cut into groups so the
 * two workers share the load; each group reports all its pages' violations at once.
 */
import { expect, test } from '@playwright/test';
import { axeOpBreedtes } from '../hulp/axe';
import { sitemapPaden } from './sitemap';

const paden = sitemapPaden().filter((p) => p.startsWith('/nl/'));
const groepen = 24;

test('de Nederlandse sitemap is niet leeg', () => {
  expect(paden.length).toBeGreaterThan(800);
});

for (let g = 0; g < groepen; g++)
  test(`axe op elke Nederlandse pagina, groep ${g + 1} van ${groepen}`, async ({ page }) => {
    const eigen = paden.filter((_, i) => i % groepen === g);
    // Generous: a loaded 2-core machine needs up to 8 s a page; the budget is not what this measures.
    test.setTimeout(eigen.length * 20_000);
    const fouten: string[] = [];
    for (const pad of eigen) fouten.push(...(await axeOpBreedtes(page, pad)));
    expect(fouten).toEqual([]);
  });
