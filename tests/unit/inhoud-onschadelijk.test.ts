/**
 * Content cannot inject markup. A fixture entry carries a <script>, a `javascript:` link, an image
 * with an event handler and a title that tries to leave the JSON-LD block. After a real build, all of
 * it is text on the page, in the advice and in search results, and nothing of it runs. A
 * `javascript:` address in a field for a web address is refused by the content check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { chromiumOpties } from '../hulp/chromium';
import { AANVAL_TITEL, gedeeldeTestbouw } from '../hulp/bouw-testinhoud';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

const POORT = 4361;

let dist: string;
let bouwUitvoer = '';
let server: ChildProcess | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  // The build this run's test files share (tests/hulp/bouw-testinhoud.ts): the Dutch entry bijstand
  // has AANVAL_TITEL as its title, AANVAL_TEKST as its first "in het kort" line, and was last checked
  // in 2020; built on 2026-11-24.
  const bouw = gedeeldeTestbouw();
  dist = bouw.dist;
  bouwUitvoer = bouw.uitvoer;
  if (bouw.status !== 0) throw new Error(`De bouw van de testinhoud faalde:\n${bouwUitvoer.slice(-3000)}`);
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(POORT), '--outDir', dist, '--ignore-lock'], {
    env: { ...process.env, SOCIALE_POLIS_INHOUD: bouw.inhoud, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${POORT}/nl/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch(chromiumOpties());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

const html = (pad: string) => readFileSync(join(dist, pad, 'index.html'), 'utf8');

describe('inhoud met markup wordt tekst', () => {
  it('de gebouwde pagina bevat de markup alleen als tekst', () => {
    const pagina = html('nl/polis/bijstand');
    // Inside an attribute value (the meta description) markup is only text; look at the markup outside them.
    const opmaak = pagina.replace(/="[^"]*"/g, '=""');
    expect(opmaak).not.toContain('<script>window.geinjecteerd');
    expect(opmaak).not.toMatch(/<a href="javascript:/i);
    expect(opmaak).not.toMatch(/<img[^>]*onerror/i);
    expect(pagina).not.toMatch(/href="javascript:/i);
    expect(pagina).toContain('&lt;script&gt;window.geinjecteerd = 1&lt;/script&gt;');
    // In JSON-LD, "<" is written as \u003c, so the title cannot close the block.
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(pagina)![1]!;
    expect(jsonLd).not.toContain('</script');
    expect(JSON.parse(jsonLd).name).toBe(AANVAL_TITEL);
  });

  it('in de browser draait niets en staat de tekst er letterlijk', async () => {
    const page = await browser!.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    for (const pad of ['/nl/polis/bijstand/', '/nl/wegwijzer/geld-rondkomen/huishouden-alleen/leeftijd-67-nee/leeftijd-21-ja/inkomen-159771-nee/', '/nl/polis/']) {
      const antwoord = await page.goto(`http://127.0.0.1:${POORT}${pad}`);
      expect(antwoord?.ok(), pad).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { geinjecteerd?: number }).geinjecteerd), pad).toBeUndefined();
      expect(await page.locator('a[href^="javascript:" i], img[onerror]').count(), pad).toBe(0);
    }
    await page.goto(`http://127.0.0.1:${POORT}/nl/polis/bijstand/`);
    await expect.poll(() => page.locator('main').innerText()).toContain('<script>window.geinjecteerd = 1</script>');
    expect(await page.title()).toContain(AANVAL_TITEL);
    await page.close();
    expect(fouten).toEqual([]);
  });

  it('ook in de zoekresultaten is het tekst', async () => {
    const page = await browser!.newPage();
    await page.goto(`http://127.0.0.1:${POORT}/nl/zoeken/?q=${encodeURIComponent('Klik hier')}`);
    await page.locator('.zoekresultaten[data-stand="klaar"]').waitFor();
    const resultaten = page.locator('.zoekresultaten__lijst');
    await expect.poll(() => resultaten.innerText()).toContain('window.geinjecteerd');
    expect(await resultaten.locator('script, img, a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { geinjecteerd?: number }).geinjecteerd)).toBeUndefined();
    await page.close();
  });

  it('de bouw waarschuwt voor de regel die lang niet is gecontroleerd', () => {
    expect(bouwUitvoer).toMatch(/waarschuwing: content\/gemeenten\/voorbeeld\/polis\/bijstand\.yaml: veld "laatstGecontroleerd"/);
  });
});

describe('een javascript:-adres', () => {
  it('wordt geweigerd in een veld voor een webadres, met bestand en veld', () => {
    const tweede = kopieVanInhoud();
    try {
      wijzig(tweede.map, 'gemeenten/voorbeeld/organisaties.yaml', (d) => void (d[0].website = 'javascript:alert(1)'));
      expect(() => laadInhoud({ inhoudMap: tweede.map, gemeente: 'voorbeeld', datum: '2026-11-24', pictogramBestaat })).toThrow(
        /content\/gemeenten\/voorbeeld\/organisaties\.yaml: veld "\[0\]\.website": verwacht: een webadres dat begint met https:\/\/ of http:\/\//,
      );
    } finally {
      tweede.opruimen();
    }
  });
});
