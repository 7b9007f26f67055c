/** Bad content fails with a message that names the file, the field and what was expected. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InhoudFout } from '../../src/content-model/inhoud-fout';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';
import { writeFileSync } from 'node:fs';

const REGEL = 'gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml';
let kopie: ReturnType<typeof kopieVanInhoud>;
beforeEach(() => {
  kopie = kopieVanInhoud();
});
afterEach(() => kopie.opruimen());

function fouten(datum = '2026-06-01'): string[] {
  try {
    laadInhoud({ inhoudMap: kopie.map, gemeente: 'voorbeeld', datum, pictogramBestaat });
  } catch (fout) {
    if (fout instanceof InhoudFout) return fout.message.split('\n').slice(1);
    throw fout;
  }
  return [];
}

describe('kapotte inhoud', () => {
  it('de onveranderde kopie is in orde', () => {
    expect(fouten()).toEqual([]);
  });

  it('een soort hulp zonder pictogram, en een pictogram dat niet bestaat', () => {
    wijzig(kopie.map, 'nationaal/soorten.yaml', (d) => void delete d.schuldhulp);
    expect(fouten()[0]).toContain('content/nationaal/soorten.yaml: veld "schuldhulp"');
    wijzig(kopie.map, 'nationaal/soorten.yaml', (d) => void (d.schuldhulp = 'reddingsboei'));
    expect(fouten()).toEqual([
      '- content/nationaal/soorten.yaml: veld "schuldhulp": het pictogram "reddingsboei" bestaat niet (verwacht: een naam uit de Tabler-pictogrammen, outline)',
    ]);
  });

  it('een ontbrekend verplicht veld', () => {
    wijzig(kopie.map, REGEL, (d) => void delete d.inHetKort);
    expect(fouten()).toEqual([
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "inHetKort": verplicht veld ontbreekt (verwacht: een lijst met 3 tot 5 korte zinnen)',
    ]);
  });

  it('een onbekende waarde in een keuzelijst', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.soort = 'maatwerk'));
    const [regel] = fouten();
    expect(regel).toContain('huishoudelijke-hulp.yaml: veld "soort"');
    expect(regel).toContain('een van: spoed, zelf, collectief, regeling, schuldhulp, wijkteam');
    expect(regel).toContain('"maatwerk"');
  });

  it('een onbekend (verkeerd gespeld) veld', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.voorwie = ['x']));
    expect(fouten()[0]).toContain('huishoudelijke-hulp.yaml: veld "": onbekend veld "voorwie"'.replace('veld "": ', ''));
  });

  it('een verwijzing naar een polisregel die niet bestaat', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.watDoetUZelf[0] = 'Vraag de {polis:poetsdienst}.'));
    expect(fouten()).toEqual([
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "watDoetUZelf[0]": verwijst naar polisregel "poetsdienst", die niet bestaat (verwacht: een bestand polis/poetsdienst.yaml)',
    ]);
  });

  it('een contact dat niet bestaat', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.contact.organisaties = ['thuiszorg-x']));
    expect(fouten()[0]).toBe(
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "contact.organisaties[0]": verwijst naar organisatie "thuiszorg-x", die niet bestaat (verwacht: een id uit organisaties.yaml)',
    );
  });

  it('een procedure die niet bestaat', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.procedure = 'wmo-anders'));
    expect(fouten()).toEqual([
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "procedure": verwijst naar procedure "wmo-anders", die niet bestaat (verwacht: een id uit procedures.yaml)',
    ]);
  });

  it('een plek die naar een onbekende organisatie verwijst', () => {
    wijzig(kopie.map, 'gemeenten/voorbeeld/plekken.yaml', (d) => void (d[2].organisatie = 'bieb'));
    expect(fouten()[0]).toContain('content/gemeenten/voorbeeld/plekken.yaml: veld "[2].organisatie": verwijst naar organisatie "bieb"');
  });

  it('een bedrag dat niet bestaat', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.kosten.tekst[0] = 'U betaalt {bedrag:wmo-tarief} per maand.'));
    expect(fouten()).toEqual([
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "kosten.tekst[0]": verwijst naar bedrag "wmo-tarief", dat niet bestaat (verwacht: een sleutel uit bedragen.yaml)',
    ]);
  });

  it('een bedrag zonder waarde op de bouwdatum', () => {
    wijzig(kopie.map, 'nationaal/bedragen.yaml', (d) => {
      const tarief = d.find((b: { sleutel: string }) => b.sleutel === 'wmo-abonnementstarief');
      // A gap between two periods: no value to show (past the LAST period is a warning instead, rule 11).
      tarief.waarden[1].geldigVanaf = '2026-04-01';
    });
    const lijst = fouten('2026-03-01');
    expect(lijst.length).toBeGreaterThan(0);
    expect(lijst[0]).toMatch(/veld "[^"]+": gebruikt bedrag "wmo-abonnementstarief", maar dat heeft geen waarde die geldt op 2026-03-01/);
    expect(fouten('2026-06-01')).toEqual([]);
  });

  it('een verplichte polisregel die ontbreekt', () => {
    rmSync(join(kopie.map, 'gemeenten/voorbeeld/polis/kindregeling.yaml'));
    wijzig(kopie.map, 'gemeenten/voorbeeld/polis/meedoenregeling.yaml', (d) => d);
    const lijst = fouten().filter((r) => r.includes('kindregeling.yaml'));
    expect(lijst).toContain(
      '- content/gemeenten/voorbeeld/polis/kindregeling.yaml: verplichte polisregel ontbreekt (verwacht: een bestand voor "kindregeling", soort regeling)',
    );
  });

  it('een landelijke verplichte regel wordt in de landelijke map gezocht', () => {
    rmSync(join(kopie.map, 'nationaal/polis/veilig-thuis.yaml'));
    expect(fouten()).toContain(
      '- content/nationaal/polis/veilig-thuis.yaml: verplichte polisregel ontbreekt (verwacht: een bestand voor "veilig-thuis", soort spoed)',
    );
  });

  it('een datum in de verkeerde vorm', () => {
    wijzig(kopie.map, REGEL, (d) => void (d.laatstGecontroleerd = '20-11-2026'));
    expect(fouten()[0]).toBe(
      '- content/gemeenten/voorbeeld/polis/huishoudelijke-hulp.yaml: veld "laatstGecontroleerd": verwacht: een datum als JJJJ-MM-DD (gekregen: "20-11-2026")',
    );
  });

  it('overlappende postcodegebieden van wijkteams', () => {
    wijzig(kopie.map, 'gemeenten/voorbeeld/wijkteams.yaml', (d) => void (d[1].postcodegebieden[0].van = 9905));
    expect(fouten()[0]).toContain('wijkteams.yaml: veld "[1].postcodegebieden": gebieden die niet overlappen (9905–9919 overlapt met Wijkteam Noord)');
  });

  it('een pictogram dat niet bestaat', () => {
    wijzig(kopie.map, 'nationaal/onderwerpen.yaml', (d) => void (d[0].pictogram = 'huisje'));
    expect(fouten()[0]).toBe(
      '- content/nationaal/onderwerpen.yaml: veld "[0].pictogram": het pictogram "huisje" bestaat niet (verwacht: een naam uit de Tabler-pictogrammen, outline)',
    );
  });

  it('YAML die niet te lezen is, met het regelnummer', () => {
    writeFileSync(join(kopie.map, REGEL), 'titel: Hulp\nsoort: [wijkteam\n');
    expect(fouten()[0]).toMatch(/^- content\/gemeenten\/voorbeeld\/polis\/huishoudelijke-hulp\.yaml: geldige YAML op regel \d+/);
  });
});
