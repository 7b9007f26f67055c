/** A resident's way through the site by clicking: home → entry → topic → wijkteam. */
import { expect, test } from '@playwright/test';

test('van home via een regeling en een onderwerp naar een wijkteam', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('link', { name: 'Bekijk de hele polis' }).click();
  await expect(page).toHaveURL(/\/nl\/polis\/$/);
  await page.getByRole('main').getByRole('link', { name: 'Hulp in het huishouden', exact: true }).first().click();
  await expect(page.locator('h1')).toHaveText('Hulp in het huishouden');
  // In het kort comes first, and the amount is the one valid today, not typed text.
  await expect(page.locator('main h2').first()).toHaveText('In het kort');
  await expect(page.locator('.inhetkort')).toContainText('€ 21,80');

  await page.locator('.overinfo').getByRole('link', { name: 'Huishouden' }).click();
  await expect(page).toHaveURL(/\/nl\/onderwerp\/huishouden\/$/);
  await expect(page.locator('h1')).toHaveText('Huishouden');
  // Polis order on the topic page: collective help before maatwerk via the wijkteam.
  const groepen = await page.locator('.soortgroep').evaluateAll((s) => s.map((e) => e.className));
  expect(groepen.findIndex((c) => c.includes('collectief'))).toBeLessThan(groepen.findIndex((c) => c.includes('wijkteam')));

  await page.getByRole('main').getByRole('link', { name: 'Hulp in het huishouden', exact: true }).click();
  await page.getByRole('link', { name: 'Wijkteam Zuid' }).click();
  await expect(page).toHaveURL(/\/nl\/wijkteams\/wijkteam-zuid\/$/);
  await expect(page.locator('h1')).toHaveText('Wijkteam Zuid');
  await expect(page.locator('table.openingstijden')).toContainText('Maandag');
});

test('een begrip legt zich uit op de plek zelf, en leidt naar de begrippenlijst', async ({ page }) => {
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  const begrip = page.locator('main details.begrip').first();
  const uitleg = begrip.locator('.begrip__uitleg');
  await expect(uitleg).toBeHidden();
  await begrip.locator('summary').click();
  await expect(uitleg).toBeVisible();
  // The explanation sits right under the word, not somewhere else on the page.
  const woord = await begrip.locator('summary').boundingBox();
  const kader = await uitleg.boundingBox();
  expect(kader!.y - (woord!.y + woord!.height)).toBeLessThan(24);
  const meer = uitleg.getByRole('link', { name: 'Meer over dit woord' });
  const href = await meer.getAttribute('href');
  expect(href).toMatch(/^\/nl\/begrippen\/#[a-z0-9-]+$/);
  await meer.click();
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});

test('elk begrip wordt per pagina maar één keer uitgelegd, in de taal van de pagina', async ({ page }) => {
  for (const [pad, woord] of [['/nl/polis/huishoudelijke-hulp/', 'Meer over dit woord'], ['/ar/polis/huishoudelijke-hulp/', 'المزيد عن هذه الكلمة']] as const) {
    await page.goto(pad);
    const ids = await page.locator('main details.begrip').evaluateAll((d) => d.map((e) => e.getAttribute('data-begrip')));
    expect(ids.length, pad).toBeGreaterThan(0);
    expect(new Set(ids).size, pad).toBe(ids.length);
    await expect(page.locator('main details.begrip .begrip__meer').first()).toHaveText(woord);
    // details may not sit inside a p: the parser would cut the paragraph in two.
    expect(await page.locator('main p details').count(), pad).toBe(0);
  }
});

test('de polis toont de kaart met twee assen en elke regeling precies één keer', async ({ page }) => {
  await page.goto('/nl/polis/');
  const inKaart = await page.locator('.assenkaart__cel li a').evaluateAll((a) => a.map((e) => e.getAttribute('href')));
  const inLijst = await page.locator('.polis-lijst a').evaluateAll((a) => a.map((e) => e.getAttribute('href')));
  expect(new Set(inKaart).size).toBe(inKaart.length);
  expect([...inKaart].sort()).toEqual([...inLijst].sort());
  await expect(page.locator('.assentabel tbody tr')).toHaveCount(inLijst.length);
});

test('met alleen het toetsenbord: skiplink, zichtbare focus en verder via het menu', async ({ page }) => {
  await page.goto('/nl/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nl\/onderwerp\/[a-z-]+\/$/);
});

test('het menu: ingeklapt op een telefoon, open op een groot scherm, zonder JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto('/nl/');
  const plekken = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plekken in de buurt' });
  await expect(plekken).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await expect(plekken).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(plekken).toBeVisible();
  await context.close();
});
