/**
 * The question flow, node by node: every question is reachable, every answer leads to a next page
 * or to advice, and the tree without JavaScript stays small.
 */
import { describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { statischePaden } from '../../src/engine/vragenlijst';
import { onderwerpIds } from '../../src/schemas/onderwerp';
import { advies, DATUM, polis } from '../hulp/advies';
import { echteInhoud } from '../hulp/kapotte-inhoud';

const lijst = laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: DATUM }).vragen.data;
/** The question of a page id: `inkomen-159771` → `inkomen`, `bel-112` stays (it is a question id). */
const vraagId = (knoop: string) => (lijst.vragen.some((v) => v.id === knoop) ? knoop : knoop.replace(/-\d+$/, ''));
const paden = Object.fromEntries(onderwerpIds.map((o) => [o, statischePaden(lijst, polis, DATUM, o)]));

describe('vragenlijst', () => {
  it('elke vraag komt voor in een pad van een onderwerp', () => {
    const gesteld = new Set(Object.values(paden).flatMap((ps) => ps.flatMap((p) => p.stappen.map((s) => vraagId(s.knoop)))));
    // The postcode is asked with JavaScript only; without it the advice page lists the wijkteams. Questions
    // marked for JavaScript only (the money offer: a link there) or with an empty static list are left out.
    for (const v of lijst.vragen.filter((v) => v.soort !== 'postcode' && !v.alleenMetJavascript && v.zonderJsNodigBij?.length !== 0))
      expect(gesteld, v.id).toContain(v.id);
  });

  it('elk antwoord van elke knoop leidt verder: naar een volgende vraag of naar een advies', () => {
    for (const ps of Object.values(paden)) {
      const gekozen = new Map<string, Set<string>>();
      for (const p of ps) for (const s of p.stappen) gekozen.set(s.knoop, (gekozen.get(s.knoop) ?? new Set()).add(s.antwoord));
      for (const [knoop, antwoorden] of gekozen) {
        const vraag = lijst.vragen.find((v) => v.id === vraagId(knoop))!;
        if (vraag.soort === 'keuze') expect([...antwoorden].sort(), knoop).toEqual(vraag.antwoorden.map((a) => a.id).sort());
        else if (vraag.soort === 'spoed') expect([...antwoorden], knoop).toEqual(['verder']);
        else {
          // Thresholds: yes and no always; "weet ik niet" only at the first income limit.
          expect(antwoorden, knoop).toContain('ja');
          expect(antwoorden, knoop).toContain('nee');
          for (const a of antwoorden) expect(['ja', 'nee', 'weet-niet'], knoop).toContain(a);
        }
      }
    }
  });

  it('vraagt per onderwerp alleen wat het advies verandert', () => {
    expect(new Set(paden.werk!.flatMap((p) => p.stappen.map((s) => s.knoop)))).toEqual(new Set(['zelfstandige', 'statushouder']));
    expect(paden.huishouden!.map((p) => p.stappen.map((s) => s.knoop))).toEqual([['zelf'], ['zelf'], ['zelf'], ['zelf']]);
    expect(new Set(paden.eenzaamheid!.flatMap((p) => p.stappen.map((s) => s.knoop)))).toEqual(new Set(['leeftijd-65']));
  });

  it('paden leiden tot verschillende adviezen (geen vraag voor niets)', () => {
    for (const [onderwerp, ps] of Object.entries(paden)) {
      const adviezen = new Set(ps.map((p) => JSON.stringify(advies(p.situatie).routes.map((r) => [r.polis, r.zekerheid, r.urgent]))));
      // Two answers to one question may give the same routes, but a topic with questions must branch somewhere.
      if (ps.length > 1) expect(adviezen.size, onderwerp).toBeGreaterThan(1);
    }
  });

  it('de boom zonder JavaScript blijft klein', () => {
    const aantallen = Object.fromEntries(Object.entries(paden).map(([o, ps]) => [o, ps.length]));
    const totaal = Object.values(aantallen).reduce((a, b) => a + b, 0);
    console.log(`adviespagina's per onderwerp: ${JSON.stringify(aantallen)} — totaal ${totaal}`);
    expect(totaal).toBeLessThan(1500);
  });

  it('inkomensvragen noemen de bedragen uit de tabel voor het gekozen huishouden', () => {
    const alleen = paden['geld-rondkomen']!.find(
      (p) => p.stappen.some((s) => s.knoop === 'huishouden' && s.antwoord === 'alleen') && p.stappen.some((s) => s.knoop === 'leeftijd-67' && s.antwoord === 'nee'),
    )!;
    // 120 % of the single norm without holiday pay (€ 1.331,43) is € 1.597,71.
    expect(alleen.stappen.map((s) => s.knoop)).toContain('inkomen-159771');
  });

  it('regel 8: na "ja, nu gevaar" komt meteen de pagina "Bel nu 112", in elk onderwerp dat het vraagt', () => {
    for (const ps of Object.values(paden))
      for (const p of ps) {
        const i = p.stappen.findIndex((s) => s.knoop === 'gevaar' && s.antwoord === 'ja');
        if (i >= 0) expect(p.stappen[i + 1]?.knoop).toBe('bel-112');
      }
    expect(paden.veiligheid!.some((p) => p.stappen.some((s) => s.knoop === 'bel-112'))).toBe(true);
  });
});
