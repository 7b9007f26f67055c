/** Every URL in the sitemap answers 200 with one h1, a title and lang="nl", and shows crisis help. */
import { expect, test } from '@playwright/test';
import { sitemapPaden } from './sitemap';

const paden = sitemapPaden();

test('de sitemap noemt alle soorten pagina’s', () => {
  expect(paden.length).toBeGreaterThan(50);
  for (const pad of ['/nl/', '/nl/polis/', '/nl/polis/bijstand/', '/nl/onderwerp/schulden/', '/nl/wijkteams/', '/nl/wijkteams/wijkteam-zuid/', '/nl/plekken/', '/nl/begrippen/', '/nl/over/'])
    expect(paden).toContain(pad);
});

test('elke URL uit de sitemap: 200, één h1, een titel, lang="nl"', async ({ request }) => {
  for (const pad of paden) {
    const antwoord = await request.get(pad);
    expect(antwoord.status(), pad).toBe(200);
    const html = await antwoord.text();
    expect(html.match(/<h1[\s>]/g)?.length, pad).toBe(1);
    expect(html, pad).toMatch(/<title>[^<]{6,}<\/title>/);
    expect(html, pad).toMatch(/<html lang="nl"/);
  }
});

// In a real browser: every page except the hundreds of wegwijzer steps, which share two templates.
for (const pad of paden.filter((p) => !/^\/nl\/wegwijzer\/.+\/.+/.test(p))) {
  test(`pagina ${pad}`, async ({ request, page }) => {
    const antwoord = await request.get(pad);
    expect(antwoord.status()).toBe(200);
    await page.goto(pad);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(5);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('.crisisbalk a[href="tel:112"]')).toBeVisible();
    await expect(page.locator('.crisisbalk a[href="tel:08002000"]')).toBeVisible();
    await expect(page.locator('.crisisbalk a[href="tel:113"]')).toBeVisible();
    await expect(page.locator('.demobanner')).toBeVisible();
  });
}
