/**
 * Advice contract v2, in the browser, with and without JavaScript, in Dutch and Arabic:
 * rule 8 ("yes, someone is in danger now" shows "Bel nu 112" on the very next screen or page, before
 * any other question) and rule 20 (every advice offers the money questions, and they change it).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

type Boom = { [k: string]: string | Boom };
const tekst = (taal: string, sleutel: string) =>
  sleutel.split('.').reduce<Boom | string>((b, k) => (b as Boom)[k]!, JSON.parse(readFileSync(new URL(`../../src/i18n/${taal}.json`, import.meta.url), 'utf8')) as Boom) as string;

for (const taal of ['nl', 'ar'] as const) {
  test.describe(`zonder JavaScript (${taal})`, () => {
    test.use({ javaScriptEnabled: false });

    for (const onderwerp of ['veiligheid', 'psychisch'])
      test(`${onderwerp}: "ja, nu gevaar" geeft meteen de pagina met 112`, async ({ page }) => {
        await page.goto(`/${taal}/wegwijzer/${onderwerp}/`);
        await page.locator(`main a[href$="/${onderwerp}/gevaar-ja/"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${taal}/wegwijzer/${onderwerp}/gevaar-ja/$`));
        const bel = page.locator('main a[href="tel:112"]');
        await expect(bel).toBeVisible();
        await expect(bel).toHaveText(tekst(taal, 'wegwijzer.bel112'));
        await expect(page.locator('main a[href="tel:08002000"]')).toBeVisible();
        if (onderwerp === 'psychisch') await expect(page.locator('main a[href="tel:113"]')).toBeVisible();
        // Going on is possible after that, never before: the only link on is "verder".
        const verder = page.locator(`main a[href$="/gevaar-ja/bel-112-verder/"]`);
        await expect(verder).toHaveCount(1);
        await verder.click();
        await expect(page.locator('h1')).not.toHaveText(tekst(taal, 'wegwijzer.bel112'));
      });

    test('elke adviespagina biedt de geldvragen aan, en die veranderen het advies', async ({ page }) => {
      await page.goto(`/${taal}/wegwijzer/huishouden/zelf-nee/`);
      // On a page in another language the Dutch advice stands beside it: look in the resident's column.
      const geld = page.locator('.advies-kolom:not(.advies-kolom--nl) a[href$="/wegwijzer/geld-rondkomen/"]');
      await expect(geld).toHaveCount(1);
      await expect(page.locator('.advies-kolom:not(.advies-kolom--nl) [data-route="bijstand"]')).toHaveCount(0);
      await geld.click();
      await page.locator('main a[href$="/geld-rondkomen/huishouden-alleen/"]').click();
      await page.locator('main a[href$="/leeftijd-67-nee/"]').click();
      await page.locator('main a[href$="/leeftijd-21-ja/"]').click();
      // Answer "yes" down to the lowest limit: then the income schemes are routes.
      for (let i = 0; i < 10; i++) {
        const ja = page.locator('main a.antwoord[href$="-ja/"]');
        if ((await ja.count()) === 0) break;
        await ja.first().click();
      }
      await expect(page.locator('.advies-kolom:not(.advies-kolom--nl) [data-route="bijstand"]')).toHaveCount(1);
      await expect(page.locator('.advies-kolom:not(.advies-kolom--nl) [data-route="meedoenregeling"]')).toHaveCount(1);
    });
  });

  test(`met JavaScript (${taal}): "ja, nu gevaar" geeft meteen het scherm met 112, daarna mag u verder`, async ({ page }) => {
    await page.goto(`/${taal}/wegwijzer/`);
    await page.locator('input[type="checkbox"]').nth(15).check(); // psychisch is the 16th topic
    await page.locator('form:has(.keuzes) button[type="submit"]').click();
    await page.locator('button.antwoord').first().click(); // "Ja, iemand is nu in gevaar"
    await expect(page.locator('h1')).toBeFocused();
    const bel = page.locator('a[href="tel:112"].spoedscherm__bel');
    await expect(bel).toBeVisible();
    await expect(page.locator('.spoedscherm a[href="tel:113"]')).toBeVisible();
    await page.locator('button.antwoord').click();
    await expect(page.locator('.spoedscherm')).toHaveCount(0);
  });

  test(`met JavaScript (${taal}): de geldvragen worden aangeboden en veranderen het advies`, async ({ page }) => {
    await page.goto(`/${taal}/wegwijzer/`);
    await page.locator('input[type="checkbox"]').first().check(); // huishouden
    await page.locator('form:has(.keuzes) button[type="submit"]').click();
    await page.locator('button.antwoord').nth(2).click(); // zelf: nee
    // The offer of the money questions: "yes" asks them.
    await page.locator('button.antwoord').first().click();
    await page.locator('button.antwoord').nth(1).click(); // rekeningen: zorgen
    await page.locator('button.antwoord').first().click(); // alleen
    await page.locator('#invoer').fill('40');
    await page.locator('form:has(#invoer) button[type="submit"]').click();
    await page.locator('#invoer').fill('900');
    await page.locator('form:has(#invoer) button[type="submit"]').click();
    await page.locator('#invoer').fill('0');
    await page.locator('form:has(#invoer) button[type="submit"]').click();
    // Until the check page, answer the first option (or skip a typed question).
    for (let i = 0; i < 8 && (await page.locator('.antwoordenlijst').count()) === 0; i++) {
      if ((await page.locator('#invoer').count()) > 0) await page.locator('.knoppen button[type="button"]').click();
      else await page.locator('button.antwoord').nth(1).click();
    }
    await page.locator('.antwoordenlijst ~ button, div > button.utrecht-button--primary-action').last().click();
    await expect(page.locator('[data-route="bijstand"]').first()).toBeVisible();
    await expect(page.locator('[data-route="huishoudelijke-hulp"]').first()).toBeVisible();
  });
}
