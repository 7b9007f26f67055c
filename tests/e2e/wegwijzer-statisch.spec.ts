/**
 * The wegwijzer without JavaScript: every static path ends in an advice page that shows exactly the
 * routes (and the "niet voor u" entries) the engine gives for the same answers.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { statischePaden } from '../../src/engine/vragenlijst';
import { onderwerpIds } from '../../src/schemas/onderwerp';

const dist = new URL('../../dist/', import.meta.url);
const datum = new Date().toISOString().slice(0, 10);
const inhoud = laadInhoud({ inhoudMap: new URL('../../content', import.meta.url).pathname, gemeente: 'voorbeeld', datum });
const polis = polisVoorAdvies(inhoud);

test('elk statisch pad toont precies het advies van de engine', () => {
  const perOnderwerp: Record<string, number> = {};
  for (const onderwerp of onderwerpIds) {
    const paden = statischePaden(inhoud.vragen.data, polis, datum, onderwerp);
    perOnderwerp[onderwerp] = paden.length;
    for (const pad of paden) {
      const map = [onderwerp, ...pad.stappen.map((s) => `${s.knoop}-${s.antwoord}`)].join('/');
      const html = readFileSync(new URL(`nl/wegwijzer/${map}/index.html`, dist), 'utf8');
      const getoond = [...html.matchAll(/data-route="([^"]+)" data-zekerheid="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
      const niet = [...html.matchAll(/data-niet-voor-u="([^"]+)"/g)].map((m) => m[1]);
      const advies = maakAdvies(pad.situatie, polis, datum, (k) => k);
      expect(getoond, map).toEqual(advies.routes.map((r) => `${r.polis}:${r.zekerheid}`));
      expect(niet, map).toEqual(advies.nietVoorU.map((n) => n.polis));
    }
  }
  const totaal = Object.values(perOnderwerp).reduce((a, b) => a + b, 0);
  console.log(`statische adviespagina's (nl): ${totaal} ${JSON.stringify(perOnderwerp)}`);
});
