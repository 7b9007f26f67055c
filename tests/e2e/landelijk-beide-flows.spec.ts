/**
 * Issue 15: the static flow (no JavaScript) and the island give the same national routes for the
 * same answers. Static paths of choice questions only (typed amounts have thresholds without JS),
 * replayed in the island through its share-link fragment. Topics where both flows ask the same
 * questions; with the money questions declined (`geldcheck=nee`).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { statischePaden } from '../../src/engine/vragenlijst';
import type { OnderwerpId } from '../../src/schemas/onderwerp';

const dist = new URL('../../dist/', import.meta.url);
const datum = new Date().toISOString().slice(0, 10);
const inhoud = laadInhoud({ inhoudMap: new URL('../../content', import.meta.url).pathname, gemeente: 'voorbeeld', datum });
const polis = polisVoorAdvies(inhoud);
const landelijk = new Set(polis.regels.filter((r) => r.landelijk && r.soort !== 'spoed').map((r) => r.slug));
const keuzevragen = new Set(inhoud.vragen.data.vragen.filter((v) => v.soort === 'keuze').map((v) => v.id));

const gevallen = (['vervoer', 'wonen'] as OnderwerpId[]).flatMap((onderwerp) =>
  statischePaden(inhoud.vragen.data, polis, datum, onderwerp)
    .filter((p) => p.stappen.every((s) => keuzevragen.has(s.knoop)))
    .filter((p) => maakAdvies(p.situatie, polis, datum, (k) => k).routes.some((r) => landelijk.has(r.polis)))
    .slice(0, 2)
    .map((p) => ({ onderwerp, pad: p })),
);

test('er zijn paden met landelijke routes in elk onderwerp', () => {
  expect(new Set(gevallen.map((g) => g.onderwerp)).size).toBe(2);
});

for (const { onderwerp, pad } of gevallen) {
  const map = [onderwerp, ...pad.stappen.map((s) => `${s.knoop}-${s.antwoord}`)].join('/');
  test(`zelfde landelijke routes met en zonder JavaScript: ${map}`, async ({ page }) => {
    const html = readFileSync(new URL(`nl/wegwijzer/${map}/index.html`, dist), 'utf8');
    const statisch = [...html.matchAll(/data-route="([^"]+)" data-zekerheid="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`).filter((r) => landelijk.has(r.split(':')[0]!));
    expect(statisch.length).toBeGreaterThan(0);
    const p = new URLSearchParams({ onderwerpen: onderwerp, geldcheck: 'nee' });
    for (const s of pad.stappen) p.set(s.knoop, s.antwoord);
    await page.goto(`/nl/wegwijzer/#${p.toString()}`);
    // The same answers: a question the static path did not ask may only be answered "Weet ik niet";
    // the postcode, which the static flow does not ask, changes no national route (rule 7).
    const kop = page.locator('h1:visible');
    // The page's own start (without JavaScript) shows first; the island then opens the shared answers.
    await expect(kop).not.toHaveText('Waar wilt u hulp bij?');
    for (let i = 0; i < 8; i++) {
      await expect(kop).toBeVisible();
      const vraag = (await kop.textContent()) ?? '';
      if (vraag === 'Kloppen uw antwoorden?') break;
      if (vraag === 'Wat is uw postcode?') {
        await page.getByLabel('Wat is uw postcode?').fill('9905AB');
        await page.getByRole('button', { name: 'Verder' }).click();
      } else {
        const weetNiet = page.getByRole('button', { name: 'Weet ik niet' });
        expect(await weetNiet.count(), `extra vraag zonder "Weet ik niet": ${vraag}`).toBeGreaterThan(0);
        await weetNiet.first().click();
      }
      await expect(kop).not.toHaveText(vraag);
    }
    await page.getByRole('button', { name: 'Toon mijn advies' }).click();
    await expect(page.locator('h1')).toHaveText('Dit past bij u');
    const eiland = (await page.locator('[data-route]').evaluateAll((l) => l.map((e) => `${e.getAttribute('data-route')}:${e.getAttribute('data-zekerheid')}`)))
      .filter((r) => landelijk.has(r.split(':')[0]!));
    expect(eiland).toEqual(statisch);
  });
}
