/**
 * The question flow in Arabic and Turkish, with and without JavaScript; switching language in the
 * middle keeps the answers; side by side shows both languages; unreviewed translations say so.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { laadInhoud } from '../../src/content-model/laad-inhoud';

const inhoud = laadInhoud({ inhoudMap: new URL('../../content', import.meta.url).pathname, gemeente: 'voorbeeld', datum: new Date().toISOString().slice(0, 10) });
type Boom = { [k: string]: string | Boom };
const ui = (taal: string) => JSON.parse(readFileSync(new URL(`../../src/i18n/${taal}.json`, import.meta.url), 'utf8')) as Record<string, Boom>;
const tekst = (taal: string, sleutel: string) => sleutel.split('.').reduce<Boom | string>((b, k) => (b as Boom)[k]!, ui(taal)) as string;
// UI strings and content may carry Dutch words as `{nl:…}`; the page shows them isolated.
const zonderNl = (s: string) => s.replace(/\{nl:([^}]+)\}/g, '$1');
const zichtbaar = (s: string) => s.replace(/[\u2068\u2069]/g, '');

const vertaling = (taal: string) => inhoud.vertalingen.find((v) => v.taal === taal)!;
const vraag = (taal: string, id: string) => vertaling(taal).vragen.data.vragen.find((v) => v.id === id)!;
const antwoord = (taal: string, vraagId: string, id: string) => {
  const v = vraag(taal, vraagId);
  if (!('antwoorden' in v)) throw new Error(`${vraagId} is geen keuzevraag`);
  return zonderNl(v.antwoorden.find((a) => a.id === id)!.label);
};
const onderwerp = (taal: string, id: string) => vertaling(taal).lijsten.onderwerpen.find((o) => o.data.id === id)!.data.titel;

async function taalEnRichting(page: Page, taal: string, richting: 'ltr' | 'rtl') {
  await expect(page.locator('html')).toHaveAttribute('lang', taal);
  await expect(page.locator('html')).toHaveAttribute('dir', richting);
}
const h1 = async (page: Page) => zichtbaar((await page.locator('h1:visible').textContent()) ?? '').trim();
const routes = (page: Page) => page.locator('[data-route]:visible').evaluateAll((l) => l.map((e) => e.getAttribute('data-route')));

for (const [taal, richting] of [['ar', 'rtl'], ['tr', 'ltr']] as const)
  test.describe(`zonder JavaScript, in het ${taal}`, () => {
    test.use({ javaScriptEnabled: false });

    test('van de start naar het advies, met de Nederlandse versie ernaast', async ({ page }) => {
      await page.goto(`/${taal}/`);
      await page.locator(`main a[href="/${taal}/wegwijzer/"]`).first().click();
      await taalEnRichting(page, taal, richting);
      await page.getByRole('link', { name: onderwerp(taal, 'huishouden') }).click();
      expect(await h1(page)).toBe(zonderNl(vraag(taal, 'zelf').vraag));
      await page.getByRole('link', { name: antwoord(taal, 'zelf', 'nee'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${taal}/wegwijzer/huishouden/zelf-nee/$`));
      await taalEnRichting(page, taal, richting);
      expect(await h1(page)).toBe(tekst(taal, 'js.titel.advies'));
      expect(await routes(page)).toEqual(expect.arrayContaining(['huishoudelijke-hulp', 'clientondersteuning']));
      // Side by side: the same advice in Dutch, in its own column, marked Dutch.
      await page.getByRole('link', { name: zonderNl(tekst(taal, 'naastElkaar.link')) }).first().click();
      const nl = page.locator('#naast-elkaar .advies-kolom[lang="nl"]');
      await expect(nl).toBeVisible();
      await expect(page.locator(`#naast-elkaar .advies-kolom[lang="${taal}"]`)).toBeVisible();
      await expect(nl).toContainText('Dit past bij u');
      await expect(nl.locator('[data-route="huishoudelijke-hulp"]')).toBeVisible();
      await expect(page.locator('[data-route="huishoudelijke-hulp"]:visible')).toHaveCount(2);
    });
  });

test.describe('zonder JavaScript: van taal wisselen midden in de vragen', () => {
  test.use({ javaScriptEnabled: false });
  test('de taalkiezer houdt de antwoorden in het adres', async ({ page }) => {
    await page.goto('/ar/wegwijzer/geld-rondkomen/');
    await page.locator('main a[href$="/geld-rondkomen/huishouden-alleen/"]').click();
    const hier = new URL(page.url()).pathname;
    await page.locator('.taalkiezer a[data-taal="tr"]').click();
    await expect(page).toHaveURL(new RegExp(`${hier.replace('/ar/', '/tr/')}$`));
    await taalEnRichting(page, 'tr', 'ltr');
    expect(await h1(page)).toBe(zonderNl((vraag('tr', 'leeftijd') as { drempelVraag: string }).drempelVraag.replace('[jaar]', '67')));
  });
});

test('met JavaScript: begonnen in het Turks, afgemaakt in het Arabisch, met dezelfde antwoorden', async ({ page }) => {
  await page.goto('/tr/wegwijzer/');
  await expect(page.locator('h1')).toHaveText(tekst('tr', 'wegwijzer.start'));
  await page.getByRole('checkbox', { name: onderwerp('tr', 'huishouden') }).check();
  await page.getByRole('button', { name: tekst('tr', 'js.verder') }).click();
  expect(await h1(page)).toBe(zonderNl(vraag('tr', 'zelf').vraag));
  await page.getByRole('button', { name: antwoord('tr', 'zelf', 'nee'), exact: true }).click();
  // Rule 20: the offer of the money questions, declined.
  await page.getByRole('button', { name: antwoord('tr', 'geldcheck', 'nee'), exact: true }).click();
  await page.getByLabel(zonderNl(vraag('tr', 'postcode').vraag)).fill('9915 AB');
  await page.getByRole('button', { name: tekst('tr', 'js.verder') }).click();
  await expect(page.locator('h1')).toHaveText(tekst('tr', 'js.titel.controle'));

  await page.locator('.taalkiezer a[data-taal="ar"]').click();
  await expect(page).toHaveURL(/\/ar\/wegwijzer\/#/);
  await taalEnRichting(page, 'ar', 'rtl');
  await expect(page.locator('h1')).toHaveText(tekst('ar', 'js.titel.controle'));
  await expect(page.locator('.antwoordenlijst')).toContainText(antwoord('ar', 'zelf', 'nee'));
  await page.getByRole('button', { name: tekst('ar', 'js.toonAdvies') }).click();
  await expect(page.locator('h1:visible')).toHaveText(tekst('ar', 'js.titel.advies'));
  expect(await routes(page)).toEqual(expect.arrayContaining(['huishoudelijke-hulp', 'clientondersteuning']));
  // Back to Dutch keeps the answers too.
  await page.locator('.taalkiezer a[data-taal="nl"]').click();
  await expect(page.locator('h1')).toHaveText('Kloppen uw antwoorden?');
});

test('naast elkaar: een regeling in het Oekraïens en het Nederlands, per kolom de eigen taal', async ({ page }) => {
  await page.goto('/nl/polis/bijstand/');
  await page.locator('.naastelkaar-links a[hreflang="uk"]').click();
  await expect(page).toHaveURL(/\/uk\/polis\/bijstand\/naast-elkaar\/$/);
  const kolommen = page.locator('.naast-elkaar__kolom');
  await expect(kolommen).toHaveCount(2);
  await expect(kolommen.nth(0)).toHaveAttribute('lang', 'uk');
  await expect(kolommen.nth(1)).toHaveAttribute('lang', 'nl');
  await expect(kolommen.nth(1).locator('h2').first()).toHaveText(inhoud.polis.find((p) => p.slug === 'bijstand')!.data.titel);
  // Side by side on a wide screen, stacked on a phone.
  const [a, b] = [await kolommen.nth(0).boundingBox(), await kolommen.nth(1).boundingBox()];
  expect(Math.abs(a!.y - b!.y)).toBeLessThan(5);
  await page.setViewportSize({ width: 360, height: 800 });
  const [c, d] = [await kolommen.nth(0).boundingBox(), await kolommen.nth(1).boundingBox()];
  expect(d!.y).toBeGreaterThan(c!.y + c!.height - 5);
});

test('naast elkaar in het Arabisch: de Nederlandse kolom staat links van rechts-naar-links', async ({ page }) => {
  await page.goto('/ar/polis/huishoudelijke-hulp/naast-elkaar/');
  const [ar, nl] = [page.locator('.naast-elkaar__kolom[lang="ar"]'), page.locator('.naast-elkaar__kolom[lang="nl"]')];
  await expect(ar).toHaveAttribute('dir', 'rtl');
  await expect(nl).toHaveAttribute('dir', 'ltr');
  expect((await ar.boundingBox())!.x).toBeGreaterThan((await nl.boundingBox())!.x);
});

test('een niet-nagekeken vertaling zegt dat, in de taal van de pagina, met een link naar het Nederlands', async ({ page }) => {
  const vertaald = vertaling('pl').polis.find((p) => p.slug === 'bijstand')!;
  test.skip(vertaald.info.nagekeken, 'deze vertaling is nagekeken');
  await page.goto('/pl/polis/bijstand/');
  const melding = page.locator('.vertaalmelding');
  await expect(melding).toContainText(tekst('pl', 'taal.nietNagekeken'));
  await melding.getByRole('link', { name: tekst('pl', 'taal.naarNl') }).click();
  await expect(page).toHaveURL(/\/nl\/polis\/bijstand\/$/);
  await expect(page.locator('.vertaalmelding')).toHaveCount(0);
});
