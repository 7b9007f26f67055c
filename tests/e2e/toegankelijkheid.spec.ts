/**
 * axe (WCAG 2.0–2.2 A/AA and best practices, nothing switched off) at a phone and a desktop width:
 * every page template in every language other than Dutch (Dutch: every template and a sample, in
 * axe-nl.spec.ts),
 * and the states a page only reaches through use: search results, the wegwijzer island's screens,
 * the opened menu, an opened glossary word, the side-by-side view.
 */
import { expect, test } from '@playwright/test';
import { axeFouten, axeOpBreedtes } from '../hulp/axe';
import { sjablonen } from './sjablonen';
import { talen } from './talen';

// A few templates per test, on one page: a new browser context per page costs more than axe itself.
// Each group reports all its pages' violations at once.
const perGroep = 7;
for (const { code } of talen.filter((t) => t.code !== 'nl')) {
  const paden = [...sjablonen, '/bestaat-niet/'].map((s) => `/${code}${s}`);
  for (let i = 0; i < paden.length; i += perGroep) {
    const groep = paden.slice(i, i + perGroep);
    test(`axe ${groep.join(' ')}`, async ({ page }) => {
      // Generous: a loaded 2-core machine needs up to 8 s a page; the budget is not what this measures.
      test.setTimeout(groep.length * 20_000);
      const fouten: string[] = [];
      for (const pad of groep) fouten.push(...(await axeOpBreedtes(page, pad)));
      expect(fouten).toEqual([]);
    });
  }
}

test('axe 404 in het Nederlands', async ({ page }) => {
  expect(await axeOpBreedtes(page, '/nl/bestaat-niet/')).toEqual([]);
});

for (const taal of ['nl', 'ar'])
  for (const breedte of [360, 1280]) {
    test(`axe op de schermen van de wegwijzer met JavaScript, ${taal} ${breedte} px`, async ({ page }) => {
      await page.setViewportSize({ width: breedte, height: 900 });
      const fouten: string[] = [];
      const meet = async (stap: string) => fouten.push(...(await axeFouten(page)).map((f) => `${stap}: ${f}`));
      await page.goto(`/${taal}/wegwijzer/`);
      const keuzes = page.locator('main input[type="checkbox"]');
      await expect(keuzes.first()).toBeVisible();
      await meet('start');
      await page.locator('main form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeFocused();
      await meet('foutmelding');
      await keuzes.first().check();
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('main .antwoorden button').first()).toBeVisible();
      await meet('vraag');
      await page.goto('about:blank');
      await page.goto(`/${taal}/wegwijzer/#onderwerpen=huishouden&zelf=nee&geldcheck=nee`);
      // Questions the share link leaves open (the postcode) are skipped with "weet ik niet".
      for (let i = 0; i < 5 && !(await page.locator('main .antwoordenlijst').isVisible()); i++) {
        await page.locator('main form .utrecht-button--secondary-action').first().click();
      }
      await expect(page.locator('main .antwoordenlijst')).toBeVisible();
      await meet('controle');
      await page.locator('main button.utrecht-button--primary-action').last().click();
      await expect(page.locator('main [data-route]').first()).toBeVisible();
      await meet('advies');
      expect(fouten).toEqual([]);
    });

    test(`axe op zoekresultaten, open menu en open begrip, ${taal} ${breedte} px`, async ({ page }) => {
      await page.setViewportSize({ width: breedte, height: 900 });
      const fouten: string[] = [];
      const meet = async (stap: string) => fouten.push(...(await axeFouten(page)).map((f) => `${stap}: ${f}`));
      await page.goto(`/${taal}/zoeken/?q=${taal === 'nl' ? 'huur' : encodeURIComponent('ديون')}`);
      await expect(page.locator('.zoekresultaten li').first()).toBeVisible();
      await meet('zoekresultaten');
      await page.goto(`/${taal}/polis/huishoudelijke-hulp/`);
      const menu = page.locator('.kop button[aria-expanded]');
      if (await menu.isVisible()) {
        await menu.click();
        await meet('menu open');
      }
      const begrip = page.locator('main details.begrip summary').first();
      await begrip.click();
      await meet('begrip open');
      await page.goto(`/${taal}/wegwijzer/huishouden/zelf-nee/#naast-elkaar`);
      await meet('naast elkaar');
      expect(fouten).toEqual([]);
    });
  }
