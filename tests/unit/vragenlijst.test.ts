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
const paden = Object.fromEntries(onderwerpIds.map((o) => [o, statischePaden(lijst, polis, DATUM, o)]));

describe('vragenlijst', () => {
  it('elke vraag komt voor in een pad van een onderwerp', () => {
    const gesteld = new Set(Object.values(paden).flatMap((ps) => ps.flatMap((p) => p.stappen.map((s) => s.knoop.replace(/-\d+$/, '')))));
    // The postcode is asked with JavaScript only; without it the advice page lists the wijkteams.
    for (const v of lijst.vragen.filter((v) => v.soort !== 'postcode')) expect(gesteld, v.id).toContain(v.id);
  });

  it('elk antwoord van elke knoop leidt verder: naar een volgende vraag of naar een advies', () => {
    for (const ps of Object.values(paden)) {
      const gekozen = new Map<string, Set<string>>();
      for (const p of ps) for (const s of p.stappen) gekozen.set(s.knoop, (gekozen.get(s.knoop) ?? new Set()).add(s.antwoord));
      for (const [knoop, antwoorden] of gekozen) {
        const vraag = lijst.vragen.find((v) => v.id === knoop.replace(/-\d+$/, ''))!;
        if (vraag.soort === 'keuze') expect([...antwoorden].sort(), knoop).toEqual(vraag.antwoorden.map((a) => a.id).sort());
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
    expect(paden.werk).toHaveLength(1);
    expect(paden.werk![0]!.stappen).toEqual([]);
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
    expect(alleen.stappen.map((s) => s.knoop)).toContain('inkomen-168180');
  });
});
