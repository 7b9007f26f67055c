/** The stylesheet arrives whole: a broken build step (such as token pruning) would show up here. */
import { expect, test } from '@playwright/test';

test('het thema en de opmaak van de site zijn toegepast', async ({ page }) => {
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  const regels = await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0));
  expect(regels).toBeGreaterThan(100);
  await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
  await expect(page.locator('.crisisbalk')).toHaveCSS('background-color', 'rgb(125, 15, 28)');
  // A design token from the NL Design System theme reaches a component.
  const token = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--basis-color-action-1-color-default').trim());
  expect(token).not.toBe('');
  await expect(page.locator('.utrecht-button').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});
