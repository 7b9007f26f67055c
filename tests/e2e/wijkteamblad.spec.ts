/**
 * The take-to-the-wijkteam sheet: the advice page printed by Chromium fits on two A4 pages up to 10
 * routes, and on three for the advice with the most routes (14 since the national entries of issue 15),
 * and the resident's own question is printed, not sent.
 */
import { expect, test } from '@playwright/test';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { statischePaden } from '../../src/engine/vragenlijst';
import { onderwerpIds } from '../../src/schemas/onderwerp';

const datum = new Date().toISOString().slice(0, 10);
const inhoud = laadInhoud({ inhoudMap: new URL('../../content', import.meta.url).pathname, gemeente: 'voorbeeld', datum });
const polis = polisVoorAdvies(inhoud);

function grootsteAdvies(): { url: string; routes: number } {
  let beste = { url: '', routes: -1 };
  for (const onderwerp of onderwerpIds)
    for (const pad of statischePaden(inhoud.vragen.data, polis, datum, onderwerp)) {
      const routes = maakAdvies(pad.situatie, polis, datum, (k) => k).routes.length;
      if (routes > beste.routes)
        beste = { url: `/nl/wegwijzer/${[onderwerp, ...pad.stappen.map((s) => `${s.knoop}-${s.antwoord}`)].join('/')}/`, routes };
    }
  return beste;
}

test('het blad voor het wijkteam past op twee A4-pagina’s (drie bij het grootste advies), met de eigen vraag erop', async ({ page }) => {
  const { url, routes } = grootsteAdvies();
  const verzoeken: string[] = [];
  page.on('request', (r) => verzoeken.push(r.url()));
  await page.goto(url);
  const voor = verzoeken.length;
  await page.getByLabel('Uw vraag in uw eigen woorden').fill('Ik wil weten of ik hulp kan krijgen met mijn post.');
  await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const paginas = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  console.log(`blad voor het wijkteam: ${routes} routes, ${paginas} A4-pagina's (${url})`);
  expect(paginas).toBeGreaterThanOrEqual(1);
  expect(routes).toBeLessThanOrEqual(16);
  expect(paginas).toBeLessThanOrEqual(routes <= 10 ? 2 : 3);
  // Typing the question sent nothing anywhere: no request carries it, none leaves the site.
  const herkomst = new URL(page.url()).origin;
  expect(verzoeken.slice(voor).filter((u) => u.includes('post') || !u.startsWith(herkomst))).toEqual([]);
  expect(verzoeken.filter((u) => !u.startsWith(herkomst))).toEqual([]);
});
