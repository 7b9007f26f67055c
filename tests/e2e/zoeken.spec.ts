/** With JavaScript, the A–Z list narrows to what the resident typed and says how many are left. */
import { expect, test } from '@playwright/test';

test('zoeken op een alledaags woord', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=poetshulp');
  await expect(page.locator('#zoek-status')).toContainText('1 resultaat');
  await expect(page.locator('#az-lijst > li:visible')).toHaveCount(1);
  await expect(page.locator('#az-lijst > li:visible')).toContainText('Hulp in het huishouden');
  await expect(page.getByLabel('Zoeken op deze site')).toHaveValue('poetshulp');
});
