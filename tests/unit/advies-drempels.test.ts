/**
 * Threshold answers (the flow without JavaScript) instead of exact amounts: the same advice as the
 * exact income and age they stand for, with reasons that do not invent a number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { geldendeWaarde } from '../../src/domain/bedragen';
import { inkomensdrempels as drempelsVoor } from '../../src/engine/drempels';
import { huishoudens, type Huishouden, type Situatie } from '../../src/schemas/situatie';
import { advies, DATUM, polis } from '../hulp/advies';

const bedrag = (sleutel: string) => geldendeWaarde(polis.bedragen.find((b) => b.sleutel === sleutel)!, DATUM)!.waarde;
const AOW = bedrag('aow-leeftijd');
const LEEFTIJDSGRENZEN = [18, 21, 65, AOW];

/** The income limits the static flow asks for this situation: the answers to "is it at most € …?". */
function inkomensdrempels(s: Situatie): number[] {
  // Each limit both as "at most € X" and as "less than € X" (at most a cent below), as the rules use them.
  return [...new Set(drempelsVoor(polis, DATUM, s).flatMap((d) => [d.grens, Math.round((d.grens - 0.01) * 100) / 100]))].sort((a, b) => a - b);
}

function alsDrempels(s: Situatie & { nettoInkomenPerMaand: number; leeftijd: number; huishouden: Huishouden }): Situatie {
  const { nettoInkomenPerMaand: x, leeftijd, ...rest } = s;
  const drempels = inkomensdrempels({ ...rest, leeftijd });
  const hoogstens = drempels.find((t) => x <= t);
  const meerDan = [...drempels].reverse().find((t) => x > t);
  const minstens = [...LEEFTIJDSGRENZEN].reverse().find((a) => leeftijd >= a);
  const jonger = LEEFTIJDSGRENZEN.find((a) => leeftijd < a);
  return {
    ...rest,
    ...(hoogstens !== undefined && { inkomenHoogstens: hoogstens }),
    ...(meerDan !== undefined && { inkomenMeerDan: meerDan }),
    ...(minstens !== undefined && { leeftijdMinstens: minstens }),
    ...(jonger !== undefined && { leeftijdJongerDan: jonger }),
  };
}

const kern = (s: Situatie) => {
  const a = advies(s);
  return { routes: a.routes.map((r) => `${r.polis}:${r.zekerheid}`), niet: a.nietVoorU.map((n) => n.polis) };
};

describe('drempelvragen in plaats van bedragen', () => {
  it('geven hetzelfde advies als het precieze inkomen en de precieze leeftijd', () => {
    fc.assert(
      fc.property(
        fc.record({
          onderwerpen: fc.constant<Situatie['onderwerpen']>(['geld-rondkomen']),
          huishouden: fc.constantFrom(...huishoudens),
          partnerLeeftijd: fc.integer({ min: 30, max: 60 }),
          vermogen: fc.constantFrom(0, 20_000),
          leeftijd: fc.integer({ min: 16, max: 90 }),
          nettoInkomenPerMaand: fc.integer({ min: 0, max: 350_000 }).map((c) => c / 100),
          kinderen: fc.integer({ min: 0, max: 3 }),
          langdurigLaagInkomen: fc.boolean(),
        }),
        (s) => {
          expect(kern(alsDrempels(s))).toEqual(kern(s));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('precies op de grens: "€ 1.597,71 of minder" past, "meer dan € 1.597,71" niet', () => {
    const basis = { onderwerpen: ['werk' as const], huishouden: 'alleenstaand' as const, leeftijdMinstens: 21, leeftijdJongerDan: 65 };
    const ja = advies({ ...basis, inkomenHoogstens: 1597.71 }).routes.find((r) => r.polis === 'meedoenregeling');
    expect(ja?.zekerheid).toBe('waarschijnlijk');
    expect(ja?.redenen.map((r) => r.tekst).join(' ')).toContain('niet meer dan €\u00a01.597,71');
    expect(ja?.redenen.map((r) => r.tekst).join(' ')).not.toMatch(/Uw netto inkomen is €/);
    expect(advies({ ...basis, inkomenMeerDan: 1597.71 }).nietVoorU.map((n) => n.polis)).toContain('meedoenregeling');
  });

  it('bijstand: "lager dan de norm" is hoogstens een cent eronder', () => {
    const basis = { onderwerpen: ['werk' as const], huishouden: 'alleenstaand' as const, leeftijdMinstens: 21, leeftijdJongerDan: 65 };
    expect(advies({ ...basis, inkomenHoogstens: 1331.42 }).routes.map((r) => r.polis)).toContain('bijstand');
    expect(advies({ ...basis, inkomenMeerDan: 1331.42 }).nietVoorU.map((n) => n.polis)).toContain('bijstand');
  });

  it('een drempel die de vraag niet beslist, geeft "misschien"', () => {
    const a = advies({ onderwerpen: ['geld-rondkomen'], huishouden: 'alleenstaand', leeftijdMinstens: 21, leeftijdJongerDan: 65, inkomenHoogstens: 1597.71 });
    expect(a.routes.find((r) => r.polis === 'kwijtschelding-gemeentelijke-belastingen')?.zekerheid).toBe('misschien');
  });

  it('leeftijd in banden: AOW-leeftijd of ouder geeft de AOW-norm en geen bijstand', () => {
    const oud = { onderwerpen: ['geld-rondkomen' as const], huishouden: 'alleenstaand' as const, leeftijdMinstens: AOW, inkomenHoogstens: 1000 };
    const a = advies(oud);
    expect(a.nietVoorU.find((n) => n.polis === 'bijstand')?.redenen[0]?.tekst).toContain('AOW-leeftijd');
    expect(a.routes.find((r) => r.polis === 'meedoenregeling')?.redenen.map((r) => r.tekst).join(' ')).toContain('vanaf de AOW-leeftijd');
  });
});
