/**
 * `npm run schermafbeeldingen` — screenshots of the built site at 360 px and 1280 px wide, for
 * looking at what residents see. Expects `npm run preview` on port 4321.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumOpties } from './chromium';

const basis = process.env.BASIS_URL ?? 'http://127.0.0.1:4321';
const paden = process.argv.slice(2).length ? process.argv.slice(2) : ['/nl/', '/nl/polis/', '/nl/polis/huishoudelijke-hulp/'];
const map = 'test-results/schermafbeeldingen';
mkdirSync(map, { recursive: true });
const browser = await chromium.launch(chromiumOpties());
for (const breedte of [360, 1280]) {
  const pagina = await browser.newPage({ viewport: { width: breedte, height: 800 } });
  for (const pad of paden) {
    await pagina.goto(basis + pad);
    const naam = `${map}/${pad.replace(/[^a-z0-9]+/gi, '_')}${breedte}.png`;
    await pagina.screenshot({ path: naam, fullPage: process.env.VOL === '1' });
    console.log(naam);
  }
}
await browser.close();
