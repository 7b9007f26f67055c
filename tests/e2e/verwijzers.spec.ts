/**
 * For referrers: every QR code (posters, cards, link builder) decodes to the exact intended address;
 * poster and card print as one page of A4 and A6; the link builder works without JavaScript (lists)
 * and with it (choose, QR, copy); former slugs lead to the current page in every language; the
 * compact page sends its links out of the frame; axe on the new pages.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { axeOpBreedtes } from '../hulp/axe';
import { sitemapPaden } from './sitemap';
import { talen } from './talen';

// Expected addresses come straight from the content, not from the site's own URL code.
const inhoud = new URL('../../content/', import.meta.url);
const gemeente = parse(readFileSync(new URL('gemeenten/voorbeeld/gemeente.yaml', inhoud), 'utf8')) as { siteUrl: string };
const siteUrl = gemeente.siteUrl.replace(/\/$/, '');
const onderwerpen = (parse(readFileSync(new URL('nationaal/onderwerpen.yaml', inhoud), 'utf8')) as { id: string }[]).map((o) => o.id);
const eerdere = ['nationaal/polis/', 'gemeenten/voorbeeld/polis/'].flatMap((map) =>
  readdirSync(new URL(map, inhoud))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ((parse(readFileSync(new URL(map + f, inhoud), 'utf8')) as { eerdereSlugs?: string[] }).eerdereSlugs ?? []).map((oud) => ({ oud, slug: f.slice(0, -5) }))),
);
const wegwijzerUrl = (taal: string, onderwerp: string) => `${siteUrl}/${taal}/wegwijzer/${onderwerp}/`;

async function leesQr(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function pdfPaginas(page: Page): Promise<{ paginas: number; formaat: number[] }> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf)!;
  return { paginas: pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, formaat: [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] };
}

// Every topic in Dutch and Arabic (the two directions); two topics in each other language, in turn,
// so that together they cover every topic and the test stays fast.
const teLezen = talen.flatMap(({ code }, i) =>
  (code === 'nl' || code === 'ar' ? onderwerpen : [onderwerpen[(2 * i) % onderwerpen.length]!, onderwerpen[(2 * i + 1) % onderwerpen.length]!]).map((o) => ({ code, onderwerp: o })));

test('elke QR-code op de posters en kaartjes leidt naar de wegwijzer van dat onderwerp, in de taal van de pagina', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 800, height: 1200 });
  let gelezen = 0;
  for (const { code, onderwerp } of teLezen)
    for (const soort of ['poster', 'kaart']) {
        const pad = `/${code}/verwijzers/${soort}/${onderwerp}/`;
        await page.goto(pad, { waitUntil: 'domcontentloaded' });
        const qr = page.locator('.drukwerk__qr svg');
        const url = wegwijzerUrl(code, onderwerp);
        expect(await leesQr(qr), pad).toBe(url);
        await expect(qr, pad).toHaveAttribute('role', 'img');
        await expect(qr, pad).toHaveAccessibleName(new RegExp(url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
        await expect(page.locator('.drukwerk__adres .drukwerk__url'), pad).toHaveText(url.replace(/^https:\/\//, ''));
        gelezen++;
    }
  expect(gelezen).toBe(teLezen.length * 2);
});

test('poster en kaartje printen als precies één pagina A4 en A6, ook met de langste titel', async ({ page }) => {
  test.setTimeout(120_000);
  for (const { code } of talen) {
    // The topic with the longest title in this language is the worst case for fitting on one page.
    await page.goto(`/${code}/verwijzers/`);
    const titels = await page.locator('.verwijzers-lijst__item[data-onderwerp]').evaluateAll((li) =>
      li.map((l) => ({ id: (l as HTMLElement).dataset.onderwerp!, lengte: l.querySelector('.verwijzers-lijst__naam')!.textContent!.trim().length })));
    const langste = titels.sort((a, b) => b.lengte - a.lengte)[0]!.id;
    for (const [soort, formaat] of [['poster', [595, 842]], ['kaart', [298, 420]]] as const) {
      const pad = `/${code}/verwijzers/${soort}/${langste}/`;
      await page.goto(pad);
      const uit = await pdfPaginas(page);
      expect(uit.paginas, pad).toBe(1);
      expect(uit.formaat.map(Math.round), pad).toEqual(formaat);
      // On paper only the sheet: no button, no way back.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.drukwerk__scherm'), pad).toBeHidden();
      await expect(page.locator('.drukwerk__qr svg'), pad).toBeVisible();
      await page.emulateMedia({ media: null });
    }
  }
});

test('poster en kaartje: een Print-knop van minstens 44 px, een weg terug, de regel ook in het Nederlands', async ({ page }) => {
  await page.goto('/ar/verwijzers/kaart/schulden/');
  const knop = page.getByRole('button', { name: 'اطبع' });
  const maat = (await knop.boundingBox())!;
  expect(Math.min(maat.width, maat.height)).toBeGreaterThanOrEqual(44);
  await expect(page.locator('.drukwerk__scherm a[href="/ar/verwijzers/#maak-een-link"]')).toBeVisible();
  await expect(page.locator('.drukwerk__regel[lang="nl"]')).toHaveText(/^Hulp nodig\? Scan de code/);
  await expect(page.locator('h1')).toHaveCount(1);
});

test.describe('zonder JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('de verwijzerspagina toont elke link uitgeschreven, met poster en kaartje', async ({ page }) => {
    await page.goto('/nl/verwijzers/');
    await expect(page.locator('.linkbouwer')).toBeHidden();
    for (const onderwerp of onderwerpen) {
      const rij = page.locator(`.verwijzers-lijst__item[data-onderwerp="${onderwerp}"]`);
      await expect(rij.locator('code')).toHaveText(wegwijzerUrl('nl', onderwerp));
      await expect(rij.locator(`a[href="/nl/verwijzers/poster/${onderwerp}/"]`)).toBeVisible();
      await expect(rij.locator(`a[href="/nl/verwijzers/kaart/${onderwerp}/"]`)).toBeVisible();
    }
    await expect(page.locator('.verwijzers-lijst__item[data-regel="bijstand"] code')).toHaveText(`${siteUrl}/nl/polis/bijstand/`);
    expect(await page.locator('.verwijzers-lijst__item[data-regel]').count()).toBeGreaterThanOrEqual(30);
    // The embed code: a styled link and a lazy iframe of the compact page, with a title.
    await expect(page.locator('#code-knop')).toHaveValue(new RegExp(`^<a href="${siteUrl}/nl/wegwijzer/".*style="[^"]*min-height:44px`));
    await expect(page.locator('#code-venster')).toHaveValue(new RegExp(`^<iframe src="${siteUrl}/nl/ingang/" title="[^"]+" loading="lazy"`));
  });
});

test.describe('met JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('de linkbouwer verandert link en QR-code bij een keuze, kopieert, en leest voor wat er gebeurde', async ({ page }) => {
    await page.goto('/nl/verwijzers/');
    const bouwer = page.locator('.linkbouwer');
    await expect(bouwer).toBeVisible();
    const link = bouwer.getByLabel('Link', { exact: true });
    const qr = bouwer.locator('img.linkbouwer__qr');
    await expect(link).toHaveValue(wegwijzerUrl('nl', onderwerpen[0]!));
    expect(await leesQr(qr)).toBe(wegwijzerUrl('nl', onderwerpen[0]!));

    await bouwer.getByLabel('Onderwerp of regeling').selectOption('wegwijzer-schulden');
    await bouwer.getByLabel('Taal van de pagina').selectOption('ar');
    const url = wegwijzerUrl('ar', 'schulden');
    await expect(link).toHaveValue(url);
    await expect(qr).toHaveAttribute('src', '/ar/verwijzers/qr/wegwijzer-schulden.svg');
    await expect(qr).toHaveAttribute('alt', `QR-code naar ${url}`);
    await expect.poll(() => leesQr(qr)).toBe(url);
    await expect(bouwer.locator('a[href="/ar/verwijzers/poster/schulden/"][hreflang="ar"]')).toBeVisible();
    await expect(bouwer.locator('a[href="/ar/verwijzers/kaart/schulden/"][hreflang="ar"]')).toBeVisible();

    const knop = bouwer.getByRole('button', { name: 'Kopieer de link' });
    const maat = (await knop.boundingBox())!;
    expect(Math.min(maat.width, maat.height)).toBeGreaterThanOrEqual(44);
    await knop.click();
    await expect(bouwer.getByRole('status')).toHaveText('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // An entry: its page in the chosen language; posters exist per topic only.
    await bouwer.getByLabel('Onderwerp of regeling').selectOption('polis-bijstand');
    await expect(link).toHaveValue(`${siteUrl}/ar/polis/bijstand/`);
    await expect(bouwer.getByRole('status')).toHaveText('');
    await expect.poll(() => leesQr(qr)).toBe(`${siteUrl}/ar/polis/bijstand/`);
    await expect(bouwer.locator('a[href*="/verwijzers/poster/"]')).toHaveCount(0);

    // The embed code is copied the same way.
    await page.getByRole('button', { name: 'Kopieer de code' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<a href="https:/);
  });
});

test('een eerdere slug leidt in elke taal naar de huidige pagina', async ({ page, request }) => {
  expect(eerdere.length).toBeGreaterThan(0);
  const inSitemap = new Set(sitemapPaden());
  expect(inSitemap.size).toBeGreaterThan(0);
  for (const { oud, slug } of eerdere)
    for (const { code } of talen) {
      expect(inSitemap.has(`/${code}/polis/${oud}/`), 'een eerdere slug staat niet in de sitemap').toBe(false);
      expect(inSitemap.has(`/${code}/polis/${slug}/`)).toBe(true);
      const html = await (await request.get(`/${code}/polis/${oud}/`)).text();
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${code}/polis/${slug}/">`);
      expect(html).toContain(`<link rel="canonical" href="${siteUrl}/${code}/polis/${slug}/">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(new RegExp(`<html lang="${code}"`));
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toMatch(new RegExp(`<a href="/${code}/polis/${slug}/"`));
      await page.goto(`/${code}/polis/${oud}/`);
      await page.waitForURL(`**/${code}/polis/${slug}/`);
      await expect(page.locator('h1')).toHaveCount(1);
    }
});

test('de ingang in een frame: links openen buiten het frame, de taalkeuze blijft erin', async ({ page, baseURL }) => {
  await page.setContent(`<main><h1>Partner</h1><iframe src="${baseURL}/nl/ingang/" title="Hulp" style="width:600px;height:800px"></iframe></main>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toHaveText('Waar wilt u hulp bij?');
  const effectief = await frame.locator('a').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), doel: (a as HTMLAnchorElement).target || document.querySelector('base')?.target || '_self', taal: a.closest('.taalkiezer') !== null })));
  for (const a of effectief)
    expect(a.doel, a.href ?? '').toBe(a.taal || a.href === '#inhoud' ? '_self' : '_top');
  expect(effectief.filter((a) => a.href?.startsWith('/nl/wegwijzer/'))).toHaveLength(onderwerpen.length);
  await frame.locator(`a[href="/nl/wegwijzer/${onderwerpen[0]}/"]`).click();
  await page.waitForURL(`**/nl/wegwijzer/${onderwerpen[0]}/`);
});

test('axe: verwijzerspagina, poster, kaartje en ingang op 360 en 1280 px', async ({ page }) => {
  test.setTimeout(120_000);
  const fouten: string[] = [];
  for (const pad of ['/nl/verwijzers/', '/nl/verwijzers/poster/huishouden/', '/nl/verwijzers/kaart/geld-rondkomen/', '/nl/ingang/', '/ar/verwijzers/', '/ar/ingang/'])
    fouten.push(...(await axeOpBreedtes(page, pad)));
  expect(fouten).toEqual([]);
});
