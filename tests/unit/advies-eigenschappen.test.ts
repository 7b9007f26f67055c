/** Properties that hold for every valid Situatie, checked on generated ones (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onderwerpIds } from '../../src/schemas/onderwerp';
import { advies as adviesSchema } from '../../src/schemas/advies';
import { huishoudens, schuldenSoorten, situatie as situatieSchema, zelfOplossenWaarden, type Situatie } from '../../src/schemas/situatie';
import { advies } from '../hulp/advies';

const situaties: fc.Arbitrary<Situatie> = fc.record(
  {
    onderwerpen: fc.uniqueArray(fc.constantFrom(...onderwerpIds), { minLength: 1, maxLength: 5 }),
    leeftijd: fc.integer({ min: 0, max: 120 }),
    huishouden: fc.constantFrom(...huishoudens),
    kinderen: fc.integer({ min: 0, max: 8 }),
    nettoInkomenPerMaand: fc.oneof(fc.integer({ min: 0, max: 6000 }), fc.double({ min: 0, max: 10000, noNaN: true, noDefaultInfinity: true })),
    vermogen: fc.integer({ min: 0, max: 100000 }),
    langdurigLaagInkomen: fc.boolean(),
    schulden: fc.constantFrom(...schuldenSoorten),
    zelfOplossen: fc.constantFrom(...zelfOplossenWaarden),
    postcode: fc.oneof(fc.integer({ min: 1000, max: 9999 }).map(String), fc.constantFrom('9903AB', '9915 KL', '9929', '1011 AB')),
    onveiligThuis: fc.boolean(),
    acuutGevaar: fc.boolean(),
  },
  { requiredKeys: ['onderwerpen'] },
);

describe('eigenschappen van het advies', () => {
  it('de generator maakt alleen geldige situaties', () => {
    fc.assert(fc.property(situaties, (s) => situatieSchema.safeParse(s).success), { numRuns: 200 });
  });

  it('gooit nooit, past in het Advies-schema en is gelijk bij gelijke invoer', () => {
    fc.assert(
      fc.property(situaties, (s) => {
        const a = advies(s);
        expect(adviesSchema.safeParse(a).success).toBe(true);
        expect(advies(structuredClone(s))).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('spoed eerst bij acuut gevaar of onveilig thuis', () => {
    fc.assert(
      fc.property(situaties, (s) => {
        const a = advies(s);
        if (s.acuutGevaar || s.onveiligThuis) expect(a.routes[0]?.soort).toBe('spoed');
        const eersteNietSpoed = a.routes.findIndex((r) => r.soort !== 'spoed');
        if (eersteNietSpoed >= 0) expect(a.routes.slice(eersteNietSpoed).some((r) => r.soort === 'spoed')).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('geen wijkteamroute als de inwoner het zelf kan oplossen', () => {
    fc.assert(
      fc.property(situaties, (s) => {
        const a = advies({ ...s, zelfOplossen: 'ja' });
        expect(a.routes.filter((r) => r.soort === 'wijkteam')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('elke regeling komt hooguit één keer voor, en nooit tegelijk als route en als niet-voor-u', () => {
    fc.assert(
      fc.property(situaties, (s) => {
        const a = advies(s);
        const routes = a.routes.map((r) => r.polis);
        expect(new Set(routes).size).toBe(routes.length);
        for (const n of a.nietVoorU) expect(routes).not.toContain(n.polis);
      }),
      { numRuns: 300 },
    );
  });

  it('een laag inkomen geeft altijd inkomensregelingen, welk onderwerp ook (geen verkeerde deur)', () => {
    fc.assert(
      fc.property(situaties, (s) => {
        const a = advies({ ...s, huishouden: 'alleenstaand', leeftijd: 40, nettoInkomenPerMaand: 1000 });
        expect(a.routes.map((r) => r.polis)).toContain('meedoenregeling');
      }),
      { numRuns: 200 },
    );
  });
});
