/**
 * The whole build (not only the loader) stops on bad content, naming file and field: removing a
 * required field from one entry must make `astro build` fail.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bouwMetInhoud } from '../hulp/bouw-testinhoud';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

let kopie: ReturnType<typeof kopieVanInhoud>;
beforeAll(() => {
  kopie = kopieVanInhoud();
  wijzig(kopie.map, 'gemeenten/voorbeeld/polis/bijstand.yaml', (d) => void delete d.voorWie);
});
afterAll(() => kopie.opruimen());

it('astro build faalt en noemt bestand en veld', () => {
  const uitkomst = bouwMetInhoud(kopie.map, join(kopie.map, '..', 'dist'));
  const uitvoer = uitkomst.uitvoer;
  expect(uitkomst.status).not.toBe(0);
  expect(uitvoer).toContain('content/gemeenten/voorbeeld/polis/bijstand.yaml: veld "voorWie": verplicht veld ontbreekt');
}, 150_000);
