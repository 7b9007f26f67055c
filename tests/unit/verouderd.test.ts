/**
 * Stale entries: the build warns for an entry not checked in 12 months, with file and field. (That an
 * amount without a value on the build date fails the build is tested in kapotte-inhoud.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { maandenTerug, verouderdeRegels } from '../../src/content-model/verouderd';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

describe('maandenTerug', () => {
  it('telt kalendermaanden terug, ook over een jaargrens en een kortere maand', () => {
    expect(maandenTerug('2026-11-24', 12)).toBe('2025-11-24');
    expect(maandenTerug('2026-03-31', 1)).toBe('2026-02-28');
    expect(maandenTerug('2024-02-29', 12)).toBe('2023-02-28');
    expect(maandenTerug('2026-01-15', 13)).toBe('2024-12-15');
  });
});

let kopie: ReturnType<typeof kopieVanInhoud>;
beforeAll(() => {
  kopie = kopieVanInhoud();
  wijzig(kopie.map, 'gemeenten/voorbeeld/polis/bijstand.yaml', (d) => void (d.laatstGecontroleerd = '2025-11-23'));
  wijzig(kopie.map, 'gemeenten/voorbeeld/polis/taalhuis.yaml', (d) => void (d.laatstGecontroleerd = '2025-11-24'));
});
afterAll(() => kopie.opruimen());

const laad = (datum: string) => laadInhoud({ inhoudMap: kopie.map, gemeente: 'voorbeeld', datum, pictogramBestaat });

describe('verouderde regels', () => {
  it('waarschuwt voor een regel die langer dan 12 maanden niet is gecontroleerd, met bestand en veld', () => {
    const w = verouderdeRegels(laad('2026-11-24'));
    expect(w.map((x) => [x.bestand, x.veld])).toEqual([['content/gemeenten/voorbeeld/polis/bijstand.yaml', 'laatstGecontroleerd']]);
    expect(w[0]!.verwacht).toContain('2025-11-23');
  });

  it('de inhoudscontrole meldt het als waarschuwing en slaagt toch', () => {
    const uit = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/controleer-inhoud.ts'], {
      env: { ...process.env, SOCIALE_POLIS_INHOUD: kopie.map, SOCIALE_POLIS_DATUM: '2026-11-24' },
      encoding: 'utf8',
    });
    expect(uit.status).toBe(0);
    expect(uit.stderr).toContain('Waarschuwing: content/gemeenten/voorbeeld/polis/bijstand.yaml: veld "laatstGecontroleerd"');
    expect(uit.stderr).not.toContain('taalhuis.yaml');
  });

});
