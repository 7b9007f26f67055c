/**
 * Former slugs (`eerdereSlugs`): an old address becomes a redirect page, so it may not be a current
 * slug and may be listed only once; the error names the file, the field and what was expected.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InhoudFout } from '../../src/content-model/inhoud-fout';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

const HULP = 'gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml';
const BIJSTAND = 'gemeenten/voorbeeld/polis/bijstand.yaml';
let kopie: ReturnType<typeof kopieVanInhoud>;
beforeEach(() => {
  kopie = kopieVanInhoud();
});
afterEach(() => kopie.opruimen());

function fouten(): string[] {
  try {
    laadInhoud({ inhoudMap: kopie.map, gemeente: 'voorbeeld', datum: '2026-06-01', pictogramBestaat });
  } catch (fout) {
    if (fout instanceof InhoudFout) return fout.message.split('\n').slice(1);
    throw fout;
  }
  return [];
}

describe('eerdere slugs', () => {
  it('de demo heeft een eerdere slug, en die is in orde', () => {
    const inhoud = laadInhoud({ inhoudMap: kopie.map, gemeente: 'voorbeeld', datum: '2026-06-01', pictogramBestaat });
    expect(inhoud.polis.find((p) => p.slug === 'huishoudelijke-hulp')!.data.eerdereSlugs).toEqual(['hulp-bij-het-huishouden']);
  });

  it('een eerdere slug die nog een regeling is', () => {
    wijzig(kopie.map, HULP, (d) => void (d.eerdereSlugs = ['hulp-bij-het-huishouden', 'bijstand']));
    expect(fouten()).toEqual([
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "eerdereSlugs[1]": een slug die geen regeling meer heeft (gekregen: "bijstand", dat is de slug van polis/bijstand.yaml)',
    ]);
  });

  it('dezelfde eerdere slug bij twee regelingen', () => {
    wijzig(kopie.map, BIJSTAND, (d) => void (d.eerdereSlugs = ['hulp-bij-het-huishouden']));
    const f = fouten();
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^- content\/gemeenten\/voorbeeld\/polis\/(bijstand|huishoudelijke-hulp)\.yaml: veld "eerdereSlugs\[0\]": een eerdere slug die maar één keer voorkomt \(gekregen: "hulp-bij-het-huishouden", staat al bij content\/gemeenten\/voorbeeld\/polis\/(bijstand|huishoudelijke-hulp)\.yaml\)$/);
  });

  it('een eerdere slug die geen slug is', () => {
    wijzig(kopie.map, HULP, (d) => void (d.eerdereSlugs = ['Hulp Thuis']));
    const f = fouten();
    expect(f).toHaveLength(1);
    expect(f[0]).toContain('content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "eerdereSlugs[0]"');
  });
});
