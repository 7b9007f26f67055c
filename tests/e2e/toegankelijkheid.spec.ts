/**
 * axe on one page of every template at a phone and a desktop width. The full sweep over every URL
 * and language belongs to the accessibility issue; this guards the templates now.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const sjablonen = [
  '/nl/', '/nl/polis/', '/nl/polis/huishoudelijke-hulp/', '/nl/polis/bijstand/', '/nl/polis/alarmnummer-112/',
  '/nl/onderwerp/', '/nl/onderwerp/schulden/', '/nl/wijkteams/', '/nl/wijkteams/wijkteam-noord/', '/nl/plekken/',
  '/nl/begrippen/', '/nl/over/', '/nl/zoeken/?q=huur', '/nl/bestaat-niet/', '/nl/wegwijzer/', '/nl/wegwijzer/huishouden/',
  '/nl/wegwijzer/huishouden/zelf-nee/', '/nl/wegwijzer/veiligheid/gevaar-ja/zelf-weet-niet/',
  '/nl/polis/bijstand/naast-elkaar/', '/nl/over/vertalingen/',
  // Right to left, side by side with Dutch, and the translation notice.
  '/ar/', '/ar/polis/bijstand/', '/ar/polis/bijstand/naast-elkaar/', '/ar/wegwijzer/huishouden/',
  '/ar/wegwijzer/huishouden/zelf-nee/', '/ar/wegwijzer/huishouden/zelf-nee/#naast-elkaar', '/uk/begrippen/', '/ar/zoeken/?q=%D8%AF%D9%8A%D9%88%D9%86', '/tr/wijkteams/wijkteam-noord/',
];

for (const breedte of [360, 1280])
  for (const pad of sjablonen)
    test(`axe ${pad} op ${breedte} px`, async ({ page }) => {
      await page.setViewportSize({ width: breedte, height: 900 });
      await page.goto(pad);
      const uitkomst = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const samenvatting = uitkomst.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(samenvatting).toEqual([]);
    });
