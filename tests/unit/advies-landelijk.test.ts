/**
 * Issue 15: the national entries (toeslagen, SVB, DUO, Wlz, legal aid, food bank, bailiff, Valys)
 * in the wegwijzer. One table row per side of each rule, on the real content; then that national
 * routes do not depend on the municipality (inside or outside its postcodes, or another municipality).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { redenVertaler } from '../../src/i18n/vertaal';
import type { Advies } from '../../src/schemas/advies';
import type { Situatie } from '../../src/schemas/situatie';
import { echteInhoud, kopieVanInhoud } from '../hulp/kapotte-inhoud';
import { controleDomeinen } from '../hulp/controle-domeinen';

const DATUM = '2026-12-03';
const t = redenVertaler('nl');
const polis = polisVoorAdvies(laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: DATUM }));
const advies = (s: Situatie, p = polis) => maakAdvies(s, p, DATUM, t);

type Verwacht = 'waarschijnlijk' | 'misschien' | 'nietVoorU' | 'niet';
function uitkomst(a: Advies, slug: string): Verwacht {
  const r = a.routes.find((x) => x.polis === slug);
  if (r) return r.zekerheid;
  return a.nietVoorU.some((x) => x.polis === slug) ? 'nietVoorU' : 'niet';
}

const geld = (extra: Partial<Situatie> = {}): Situatie => ({ onderwerpen: ['geld-rondkomen'], ...extra });

const rijen: [string, string, Situatie, Verwacht][] = [
  // Huurtoeslag: only for people who rent (Wet op de huurtoeslag); the Dienst Toeslagen computes.
  ['huurtoeslag', 'huurwoning', geld({ woonsituatie: 'huurwoning' }), 'misschien'],
  ['huurtoeslag', 'koopwoning', geld({ woonsituatie: 'koopwoning' }), 'nietVoorU'],
  ['huurtoeslag', 'geen vaste woonplek', geld({ woonsituatie: 'geen-vaste-woonplek' }), 'nietVoorU'],
  ['huurtoeslag', 'inwonend', geld({ woonsituatie: 'inwonend' }), 'misschien'],
  ['huurtoeslag', 'woonsituatie onbekend', geld(), 'misschien'],
  ['huurtoeslag', 'ander onderwerp, inkomen bekend (geen verkeerde deur)', { onderwerpen: ['huishouden'], huishouden: 'alleenstaand', leeftijd: 40, nettoInkomenPerMaand: 1200 }, 'misschien'],
  ['huurtoeslag', 'ander onderwerp, inkomen onbekend', { onderwerpen: ['huishouden'] }, 'niet'],
  // Zorgtoeslag: from 18.
  ['zorgtoeslag', '17 jaar', geld({ leeftijd: 17 }), 'nietVoorU'],
  ['zorgtoeslag', '18 jaar', geld({ leeftijd: 18 }), 'misschien'],
  ['zorgtoeslag', 'leeftijd onbekend', geld(), 'misschien'],
  // Kindgebonden budget: only with children.
  ['kindgebonden-budget', 'alleenstaand zonder kinderen', geld({ huishouden: 'alleenstaand' }), 'nietVoorU'],
  ['kindgebonden-budget', 'samenwonend, 0 kinderen', geld({ huishouden: 'samenwonend', kinderen: 0 }), 'nietVoorU'],
  ['kindgebonden-budget', 'alleenstaande ouder', geld({ huishouden: 'alleenstaande-ouder' }), 'misschien'],
  ['kindgebonden-budget', 'samenwonend, 1 kind', geld({ huishouden: 'samenwonend', kinderen: 1 }), 'misschien'],
  // Kinderopvangtoeslag: children, and work or study (not asked: misschien).
  ['kinderopvangtoeslag', 'werk, geen kinderen', { onderwerpen: ['werk'], huishouden: 'samenwonend' }, 'nietVoorU'],
  ['kinderopvangtoeslag', 'werk, met kinderen', { onderwerpen: ['werk'], huishouden: 'samenwonend-met-kinderen' }, 'misschien'],
  // Anw: after a partner's death, below AOW age (67 in 2026).
  ['anw-nabestaanden', 'partner overleden, 66 jaar', geld({ huishouden: 'alleenstaand', partnerOverleden: true, leeftijd: 66 }), 'misschien'],
  ['anw-nabestaanden', 'partner overleden, 67 jaar', geld({ huishouden: 'alleenstaand', partnerOverleden: true, leeftijd: 67 }), 'nietVoorU'],
  ['anw-nabestaanden', 'partner niet overleden', geld({ huishouden: 'alleenstaand', partnerOverleden: false, leeftijd: 50 }), 'niet'],
  ['anw-nabestaanden', 'niet gevraagd', geld({ huishouden: 'alleenstaand', leeftijd: 50 }), 'niet'],
  // Wlz: self-care does not work, and care is needed all day.
  ['wlz', 'zelfzorg lukt niet, hele dag onbekend', { onderwerpen: ['zelfzorg'], zelfOplossen: 'nee' }, 'misschien'],
  ['wlz', 'zelfzorg lukt niet, hele dag ja', { onderwerpen: ['zelfzorg'], zelfOplossen: 'nee', zorgHeleDag: true }, 'misschien'],
  ['wlz', 'zelfzorg lukt niet, hele dag nee', { onderwerpen: ['zelfzorg'], zelfOplossen: 'nee', zorgHeleDag: false }, 'nietVoorU'],
  ['wlz', 'zelfzorg lukt zelf', { onderwerpen: ['zelfzorg'], zelfOplossen: 'ja' }, 'niet'],
  ['wlz', 'dagbesteding lukt niet', { onderwerpen: ['dagbesteding'], zelfOplossen: 'nee' }, 'misschien'],
  // Legal aid and beslagvrije voet: eviction or bailiff threat.
  ['juridisch-loket', 'dreigend', { onderwerpen: ['schulden'], schulden: 'dreigend' }, 'waarschijnlijk'],
  ['juridisch-loket', 'achterstand', { onderwerpen: ['schulden'], schulden: 'achterstand' }, 'niet'],
  ['beslagvrije-voet', 'dreigend', { onderwerpen: ['schulden'], schulden: 'dreigend' }, 'waarschijnlijk'],
  ['beslagvrije-voet', 'zorgen', { onderwerpen: ['schulden'], schulden: 'zorgen' }, 'niet'],
  // Voedselbank: arrears; what is left after fixed costs is not asked.
  ['voedselbank', 'achterstand', { onderwerpen: ['schulden'], schulden: 'achterstand' }, 'misschien'],
  ['voedselbank', 'dreigend', geld({ schulden: 'dreigend' }), 'misschien'],
  ['voedselbank', 'zorgen', geld({ schulden: 'zorgen' }), 'niet'],
  ['voedselbank', 'geen schulden', geld({ schulden: 'geen' }), 'niet'],
  // Valys: transport.
  ['valys', 'vervoer', { onderwerpen: ['vervoer'] }, 'misschien'],
  ['valys', 'huishouden', { onderwerpen: ['huishouden'] }, 'niet'],
];

describe('landelijke regels in de wegwijzer', () => {
  it.each(rijen)('%s: %s', (slug, _, s, verwacht) => {
    expect(uitkomst(advies(s), slug)).toBe(verwacht);
  });

  it('elke landelijke route van een instantie draagt de officiële controle, op het eigen domein', () => {
    const situaties: Situatie[] = [
      geld({ woonsituatie: 'huurwoning', huishouden: 'alleenstaande-ouder', partnerOverleden: true, leeftijd: 40 }),
      { onderwerpen: ['zelfzorg', 'vervoer', 'werk'], zelfOplossen: 'nee', huishouden: 'samenwonend-met-kinderen' },
    ];
    const gezien = new Set<string>();
    for (const s of situaties)
      for (const r of advies(s).routes)
        if (controleDomeinen[r.polis]) {
          expect(r.controle?.url, r.polis).toMatch(controleDomeinen[r.polis]!);
          gezien.add(r.polis);
        }
    expect([...gezien].sort()).toEqual(['anw-nabestaanden', 'huurtoeslag', 'kinderopvangtoeslag', 'kindgebonden-budget', 'valys', 'wlz', 'zorgtoeslag']);
  });

  it('elke reden van een landelijke route is een zin, geen sleutel', () => {
    const a = advies(geld({ schulden: 'dreigend', woonsituatie: 'koopwoning', huishouden: 'alleenstaand', partnerOverleden: true, leeftijd: 50 }));
    for (const r of [...a.routes, ...a.nietVoorU]) for (const reden of r.redenen) expect(reden.tekst, r.polis).not.toMatch(/^advies\./);
  });
});

describe('landelijke routes hangen niet af van de gemeente', () => {
  const kopie = kopieVanInhoud();
  afterAll(() => kopie.opruimen());
  // A second municipality: the demo's folder under another name, with its own name, place and postcodes.
  cpSync(join(kopie.map, 'gemeenten', 'voorbeeld'), join(kopie.map, 'gemeenten', 'tweede'), { recursive: true });
  const gemeenteBestand = join(kopie.map, 'gemeenten', 'tweede', 'gemeente.yaml');
  const g = parse(readFileSync(gemeenteBestand, 'utf8'));
  writeFileSync(gemeenteBestand, stringify({ ...g, slug: 'tweede', naam: 'Gemeente Tweede', plaats: 'Tweede' }));
  const tweede = polisVoorAdvies(laadInhoud({ inhoudMap: kopie.map, gemeente: 'tweede', datum: DATUM }));
  const landelijk = new Set(polis.regels.filter((r) => r.landelijk).map((r) => r.slug));
  const alleenLandelijk = (a: Advies) => a.routes.filter((r) => landelijk.has(r.polis));

  const situaties: Situatie[] = [
    geld({ woonsituatie: 'huurwoning', huishouden: 'alleenstaande-ouder', leeftijd: 35, nettoInkomenPerMaand: 1100 }),
    geld({ huishouden: 'alleenstaand', partnerOverleden: true, leeftijd: 58, schulden: 'dreigend' }),
    { onderwerpen: ['zelfzorg', 'vervoer'], zelfOplossen: 'nee', zorgHeleDag: true },
    geld({ huishouden: 'samenwonend', leeftijd: 70, partnerLeeftijd: 64, nettoInkomenPerMaand: 900, vermogen: 2000 }),
  ];
  it.each(situaties.map((s, i) => [i, s] as const))('situatie %i: binnen en buiten de postcodes, en in een andere gemeente', (_, s) => {
    const binnen = alleenLandelijk(advies({ ...s, postcode: '9905AB' }));
    expect(binnen.length).toBeGreaterThan(0);
    expect(alleenLandelijk(advies({ ...s, postcode: '1011AB' }))).toEqual(binnen);
    expect(alleenLandelijk(advies({ ...s, postcode: '9905AB' }, tweede))).toEqual(binnen);
  });
});
