/**
 * The whole build (not only the loader) stops on bad content, naming file and field: removing a
 * required field from one entry must make `astro build` fail.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

let kopie: ReturnType<typeof kopieVanInhoud>;
beforeAll(() => {
  kopie = kopieVanInhoud();
  wijzig(kopie.map, 'gemeenten/voorbeeld/polis/bijstand.yaml', (d) => void delete d.voorWie);
});
afterAll(() => kopie.opruimen());

it('astro build faalt en noemt bestand en veld', () => {
  const uitkomst = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(kopie.map, '..', 'dist')], {
    env: { ...process.env, SOCIALE_POLIS_INHOUD: kopie.map, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const uitvoer = `${uitkomst.stdout}\n${uitkomst.stderr}`;
  expect(uitkomst.status).not.toBe(0);
  expect(uitvoer).toContain('content/gemeenten/voorbeeld/polis/bijstand.yaml: veld "voorWie": verplicht veld ontbreekt');
}, 150_000);
