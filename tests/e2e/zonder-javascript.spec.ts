/** The site works with JavaScript off: every link is a plain link, search falls back to A–Z. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('/ stuurt door naar /nl/ zonder JavaScript', async ({ page }) => {
  await page.goto('/');
  await page.waitForURL(/\/nl\/$/);
  await expect(page.locator('h1')).toHaveText('Wat mag u verwachten van uw gemeente?');
});

test('navigeren en zoeken zonder JavaScript', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('link', { name: /Schulden/ }).first().click();
  await expect(page).toHaveURL(/\/nl\/onderwerp\/schulden\/$/);
  await expect(page.getByRole('main')).toContainText('Geldfit');
  await page.getByLabel('Zoeken op deze site').fill('poetshulp');
  await page.getByRole('button', { name: 'Zoek' }).click();
  await expect(page).toHaveURL(/\/nl\/zoeken\/\?q=poetshulp$/);
  // Without the script the whole A–Z list shows, with the everyday words to scan.
  await expect(page.locator('#az-lijst > li:visible')).toHaveCount(await page.locator('#az-lijst > li').count());
  await expect(page.locator('#az-lijst')).toContainText('poetshulp');
});

test('een onbekende pagina geeft de 404-pagina met een weg terug', async ({ page }) => {
  const antwoord = await page.goto('/nl/bestaat-niet/');
  expect(antwoord?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('main').getByRole('link', { name: 'De polis' })).toBeVisible();
});

test.describe('knoppen die JavaScript nodig hebben', () => {
  test.use({ javaScriptEnabled: false });
  test('zonder JavaScript ziet u geen print- of voorleesknop die niets doet', async ({ page }) => {
    await page.goto('/nl/wegwijzer/huishouden/zelf-nee/');
    const knoppen = page.locator('button[data-afdrukken], .leesvoor__knop');
    expect(await knoppen.count()).toBeGreaterThan(0);
    for (const knop of await knoppen.all()) await expect(knop).toBeHidden();
  });
});
