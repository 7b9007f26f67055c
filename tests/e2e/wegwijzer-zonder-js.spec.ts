/** A resident goes through one topic with JavaScript off, by clicking answers, to the advice. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('huishouden: van de vraag naar advies met hulp op maat en cliëntondersteuning', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('link', { name: 'Start de wegwijzer' }).click();
  await page.getByRole('link', { name: /Huishouden/ }).click();
  await expect(page.locator('h1')).toHaveText('Lukt het u om dit zelf te regelen?');
  await expect(page.getByRole('link', { name: 'Weet ik niet' })).toBeVisible();
  await page.getByRole('link', { name: 'Nee, dat lukt niet' }).click();
  await expect(page.locator('h1')).toHaveText('Dit past bij u');
  const routes = await page.locator('[data-route]').evaluateAll((l) => l.map((e) => e.getAttribute('data-route')));
  expect(routes).toEqual(expect.arrayContaining(['klussen-en-boodschappendienst', 'clientondersteuning', 'huishoudelijke-hulp']));
  expect(routes.indexOf('klussen-en-boodschappendienst')).toBeLessThan(routes.indexOf('huishoudelijke-hulp'));
  await page.locator('[data-route="huishoudelijke-hulp"] summary', { hasText: 'Waarom?' }).click();
  await expect(page.locator('[data-route="huishoudelijke-hulp"]')).toContainText('Wmo 2015, artikel 2.3.5 lid 3');
  // Change the answer from the answers list: back on the question.
  await page.getByRole('link', { name: /Wijzig uw antwoord op: Lukt het u/ }).click();
  await expect(page.locator('h1')).toHaveText('Lukt het u om dit zelf te regelen?');
  await page.getByRole('link', { name: 'Ja, dat lukt mij zelf' }).click();
  await expect(page.locator('[data-route="huishoudelijke-hulp"]')).toHaveCount(0);
  await expect(page.locator('[data-niet-voor-u="huishoudelijke-hulp"]')).toBeVisible();
});

test('geld: drempelvragen met bedragen uit de tabel (zonder vakantiegeld)', async ({ page }) => {
  await page.goto('/nl/wegwijzer/geld-rondkomen/');
  await page.getByRole('link', { name: 'Ik woon alleen', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Bent u 67 jaar of ouder?');
  await page.getByRole('link', { name: 'Nee' }).click();
  await expect(page.locator('h1')).toHaveText('Bent u 21 jaar of ouder?');
  await page.getByRole('link', { name: 'Ja' }).click();
  // 120 % of the single norm without holiday pay (€ 1.331,43).
  await expect(page.locator('h1')).toContainText('€ 1.597,71 of minder');
  await page.getByRole('link', { name: 'Nee' }).click();
  // Issue 15: someone who lives alone is asked whether a partner died (Anw).
  await expect(page.locator('h1')).toHaveText('Is uw partner overleden?');
  await page.getByRole('link', { name: 'Nee' }).click();
  await expect(page.locator('h1')).toHaveText('Dit past bij u');
  await expect(page.locator('[data-niet-voor-u="meedoenregeling"]')).toBeVisible();
  await expect(page.locator('[data-route="bijzondere-bijstand"]')).toHaveAttribute('data-zekerheid', 'misschien');
});

test('schulden: een dreigende situatie staat met spoed bovenaan', async ({ page }) => {
  await page.goto('/nl/wegwijzer/schulden/');
  await page.getByRole('link', { name: /Ik moet mijn huis uit/ }).click();
  await expect(page.locator('h1')).toHaveText('Dit past bij u');
  const eerste = page.locator('[data-route]').first();
  await expect(eerste).toHaveAttribute('data-route', 'schuldhulpverlening');
  await expect(eerste).toContainText('Met spoed');
});

test('veilig thuis: "snel weg" staat bovenaan de pagina', async ({ page }) => {
  await page.goto('/nl/wegwijzer/veiligheid/');
  await expect(page.getByRole('link', { name: 'Snel weg van deze site' })).toBeVisible();
});
