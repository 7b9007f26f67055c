/**
 * Search: Pagefind results in the page's language with the count announced; in place from the
 * header box; the A–Z list without JavaScript; only entries, topics and teams indexed; search
 * quality over the benchmark; and what a first and a further search download.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaden } from './sitemap';
import { readdirSync } from 'node:fs';
import { meetZoekkwaliteit, scores, verslag } from '../zoekbenchmark/meet';

/** Every entry of the demo: national ones plus the municipality's own; the A–Z list shows them all. */
const aantalRegels = ['nationaal/polis', 'gemeenten/voorbeeld/polis']
  .map((m) => readdirSync(new URL(`../../content/${m}/`, import.meta.url)).filter((f) => f.endsWith('.yaml')).length)
  .reduce((a, b) => a + b, 0);

const klaar = (page: Page) => expect(page.locator('.zoekresultaten')).toHaveAttribute('data-stand', 'klaar');

test('een alledaags woord vindt de regeling, en het aantal staat in een statusregio', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=poetshulp');
  await klaar(page);
  await expect(page.locator('.zoekresultaten__lijst > li').first()).toContainText('Hulp in het huishouden');
  await expect(page.getByRole('status')).toContainText(/U zocht op: poetshulp \d+ resultaa?t/);
  await expect(page.getByLabel('Zoeken op deze site')).toHaveValue('poetshulp');
  // The A–Z list stays below the results.
  await expect(page.locator('#az-lijst > li')).toHaveCount(aantalRegels);
});

test('een hele vraag zonder pagina met alle woorden vindt toch de juiste hulp', async ({ page }) => {
  await page.goto(`/nl/zoeken/?q=${encodeURIComponent('ik kan mijn huur niet betalen')}`);
  await klaar(page);
  const drie = await page.locator('.zoekresultaten__lijst > li > a').evaluateAll((a) => a.slice(0, 3).map((x) => x.getAttribute('href')));
  // Rent allowance and debt help both answer it; debt help must be among the first three.
  expect(['/nl/polis/schuldhulpverlening/', '/nl/polis/huurtoeslag/']).toContain(drie[0]);
  expect(drie).toContain('/nl/polis/schuldhulpverlening/');
});

test('zoeken vanuit het zoekvak op de zoekpagina blijft op de pagina', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=traplift');
  await klaar(page);
  await page.evaluate(() => ((window as unknown as { blijft: boolean }).blijft = true));
  await page.getByLabel('Zoeken op deze site').fill('deurwaarder');
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('U zocht op: deurwaarder');
  await expect(page).toHaveURL(/\?q=deurwaarder$/);
  expect(await page.evaluate(() => (window as unknown as { blijft?: boolean }).blijft)).toBe(true);
});

test('filters op soort hulp, onderwerp en wet uit de index', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=hulp');
  await klaar(page);
  const voor = await page.locator('.zoekresultaten__lijst > li').count();
  await page.getByText('Resultaten verfijnen').click();
  await page.getByLabel('Soort hulp').selectOption('Hulp bij schulden');
  await klaar(page);
  // Debt help and what a bailiff must leave you (issue 15) are the two of soort schuldhulp.
  await expect(page.locator('.zoekresultaten__lijst > li > a')).toHaveCount(2);
  expect((await page.locator('.zoekresultaten__lijst > li > a').evaluateAll((a) => a.map((x) => x.getAttribute('href')))).sort()).toEqual([
    '/nl/polis/beslagvrije-voet/',
    '/nl/polis/schuldhulpverlening/',
  ]);
  await page.getByLabel('Soort hulp').selectOption('');
  await page.getByLabel('Wet', { exact: true }).selectOption('Jeugdwet');
  await klaar(page);
  const jeugd = await page.locator('.zoekresultaten__lijst > li > a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  expect(jeugd.length).toBeGreaterThan(0);
  expect(jeugd.length).toBeLessThan(voor);
  expect(jeugd).toContain('/nl/polis/jeugdhulp/');
  await expect(page.getByLabel('Onderwerp')).toBeVisible();
});

test('rechts naar links: Arabische resultaten uit de Arabische index', async ({ page }) => {
  await page.goto(`/ar/zoeken/?q=${encodeURIComponent('محضر قضائي')}`);
  await klaar(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // "Bailiff": debt help or what the bailiff must leave you.
  await expect(page.locator('.zoekresultaten__lijst > li > a').first()).toHaveAttribute('href', /^\/ar\/polis\/(schuldhulpverlening|beslagvrije-voet)\/$/);
});

test.describe('zonder JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('het zoekvak leidt naar de lijst van A tot Z met alle regelingen en hun woorden', async ({ page }) => {
    await page.goto('/uk/');
    await page.locator('#zoekvak-invoer').fill('борги');
    await page.locator('form.zoekvak button').click();
    await expect(page).toHaveURL(/\/uk\/zoeken\/\?q=/);
    await expect(page.locator('#az-lijst > li')).toHaveCount(aantalRegels);
    await expect(page.locator('#az-lijst')).toContainText('борги');
  });
});

test('de index bevat per taal alleen regelingen, onderwerpen en wijkteams', async ({ request }) => {
  const paden = sitemapPaden();
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { page_count: number }> };
  const talen = [...new Set(paden.map((p) => /^\/([a-z]{2,3})\//.exec(p)?.[1]).filter(Boolean))] as string[];
  expect(Object.keys(entry.languages).sort()).toEqual(talen.sort());
  for (const taal of talen) {
    const verwacht = paden.filter((p) => new RegExp(`^/${taal}/(polis|onderwerp|wijkteams)/[^/]+/$`).test(p)).length;
    expect(entry.languages[taal]!.page_count, taal).toBe(verwacht);
  }
});

test('zoekkwaliteit: top-3-trefkans per taal en in totaal', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const uitslagen = await meetZoekkwaliteit(page, baseURL!);
  console.log(verslag(uitslagen));
  const { perTaal, totaal } = scores(uitslagen);
  expect(uitslagen.length).toBeGreaterThanOrEqual(60);
  expect(perTaal.length).toBe(6);
  for (const s of perTaal) expect(s.aandeel, `${s.taal}: ${s.raak}/${s.totaal}`).toBeGreaterThanOrEqual(0.8);
  expect(totaal.aandeel).toBeGreaterThanOrEqual(0.9);
});

/**
 * Counts what the page (and Pagefind's worker) fetches from `/pagefind/`, as sent over the wire:
 * compressed body plus headers.
 */
function zoekVerkeer(page: Page) {
  let bytes = 0;
  const lopend: Promise<void>[] = [];
  page.on('requestfinished', (verzoek) => {
    if (!verzoek.url().includes('/pagefind/')) return;
    lopend.push(verzoek.sizes().then((m) => void (bytes += m.responseBodySize + m.responseHeadersSize)));
  });
  return {
    async stand() {
      await Promise.all(lopend);
      const nu = bytes;
      bytes = 0;
      return nu;
    },
  };
}

for (const [taal, eerste, volgende] of [['nl', 'poetshulp', 'deurwaarder'], ['ar', 'ديون', 'كرسي متحرك'], ['uk', 'борги', 'прибирання']] as const)
  test(`budget: wat de eerste en een volgende zoekopdracht ophalen (${taal})`, async ({ page }) => {
    const verkeer = zoekVerkeer(page);
    await page.goto(`/${taal}/zoeken/?q=${encodeURIComponent(eerste)}`);
    await klaar(page);
    const eersteBytes = await verkeer.stand();
    await page.locator('#zoekvak-invoer').fill(volgende);
    await page.locator('form.zoekvak button').click();
    await expect(page.getByRole('status')).toContainText(volgende);
    await klaar(page);
    const volgendeBytes = await verkeer.stand();
    console.log(`Zoeken ${taal}: eerste zoekopdracht ${(eersteBytes / 1000).toFixed(1)} kB, volgende ${(volgendeBytes / 1000).toFixed(1)} kB`);
    expect(eersteBytes).toBeGreaterThan(50_000);
    expect(eersteBytes).toBeLessThanOrEqual(150_000);
    expect(volgendeBytes).toBeGreaterThan(0);
    expect(volgendeBytes).toBeLessThanOrEqual(60_000);
  });

// Safety first (issue 16, first part): a query that signals violence or suicide puts the crisis help on top.
for (const [taal, vraag, eerste] of [
  ['nl', 'mijn man slaat me', 'veilig-thuis'],
  ['en', 'i want to die', '113-zelfmoordpreventie'],
  ['ar', 'زوجي يضربني', 'veilig-thuis'],
  ['tr', 'intihar etmek istiyorum', '113-zelfmoordpreventie'],
  ['pl', 'mąż mnie bije', 'veilig-thuis'],
  ['uk', 'не хочу жити', '113-zelfmoordpreventie'],
] as const)
  test(`veiligheid eerst (${taal}): "${vraag}"`, async ({ page }) => {
    await page.goto(`/${taal}/zoeken/?q=${encodeURIComponent(vraag)}`);
    await klaar(page);
    const eerst = page.locator('.zoekresultaten__lijst > li').first();
    await expect(eerst.locator('a')).toHaveAttribute('href', `/${taal}/polis/${eerste}/`);
    await expect(eerst).toHaveClass(/zoekresultaat--spoed/);
    await expect(page.locator('.zoekresultaten__lijst > li.zoekresultaat--spoed a[href$="/polis/alarmnummer-112/"]')).toHaveCount(1);
  });

test('een gewone vraag zet geen crisishulp bovenaan', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=poetshulp');
  await klaar(page);
  await expect(page.locator('.zoekresultaat--spoed')).toHaveCount(0);
});
