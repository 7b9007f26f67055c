/**
 * Held-out, table-driven test of advice contract version 2 (../shared/advies-contract.md) on the
 * real demo content. Written from the specification only; the rows and their readings are in
 * ./advies-v2-tabel.data.ts. Three parts:
 *   1. every row's own expectations;
 *   2. the contract's general rules (order, soorten, wijkteam, postcode, …) checked on every row;
 *   3. property checks with fast-check on generated situations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { polisVoorAdvies } from '../../src/content-model/polis-voor-advies';
import { maakAdvies } from '../../src/engine/advies';
import { redenVertaler } from '../../src/i18n/vertaal';
import { advies as adviesSchema, type Advies } from '../../src/schemas/advies';
import type { Situatie } from '../../src/schemas/situatie';
import { echteInhoud } from '../hulp/kapotte-inhoud';
import {
  IIT,
  KWIJTSCHELDING,
  LAATSTE_NORMDAG,
  NATIONAAL,
  NORMROUTES,
  PEIL,
  SOORT_VAN,
  rijen,
  type Onderwerp,
  type Rij,
  type SituatieV2,
} from './advies-v2-tabel.data';

// ─────────────────────────── the engine, in-process ───────────────────────────

type Polis = ReturnType<typeof polisVoorAdvies>;
const polissen = new Map<string, { polis?: Polis; fout?: unknown }>();
let vertaler: ReturnType<typeof redenVertaler> | undefined;
/** The Dutch reason texts, made on first use (so a broken translation fails the rows, not the file). */
const t = () => (vertaler ??= redenVertaler('nl'));

/** The polis for a date, loaded once per distinct date (a load error is kept and rethrown per row). */
function polisOp(datum: string): Polis {
  let p = polissen.get(datum);
  if (!p) {
    try {
      // The demo's own amounts start in 2026, so its content only loads from then; the engine still
      // evaluates each row on the row's own date (as the older tests do).
      const laadDatum = datum < '2026-01-01' ? '2026-06-01' : datum;
      p = { polis: polisVoorAdvies(laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: laadDatum })) };
    } catch (fout) {
      p = { fout };
    }
    polissen.set(datum, p);
  }
  if (p.fout !== undefined) throw p.fout;
  return p.polis!;
}

function advies(s: SituatieV2, datum: string): Advies {
  return maakAdvies(s as Situatie, polisOp(datum), datum, t());
}

// ─────────────────────────── helpers ───────────────────────────

/** `€ 1.331,43` → a pattern that accepts a normal or a non-breaking space after €, and no more digits after it. */
function bedragPatroon(bedrag: string | RegExp): RegExp {
  if (bedrag instanceof RegExp) return bedrag;
  const heel = /,00$/.test(bedrag);
  let bron = bedrag
    .replace(/,00$/, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/^€\s*/, '€[ \\u00a0]');
  // uitleg: a whole amount may be written "€ 1.398,00", "€ 1.398,-" or "€ 1.398": the same amount in
  // Dutch style; the contract fixes the amount, not the notation of zero cents. A different cent
  // ("€ 1.398,01") or a longer number ("€ 1.398.000") never matches.
  if (heel) bron += '(?:,00|,-)?';
  return new RegExp(`${bron}(?![\\d,]|\\.\\d)`);
}

const rangVan: Record<string, number> = { zelf: 2, collectief: 3, regeling: 4, schuldhulp: 5, wijkteam: 6 };
/** Reading order of the contract: spoed, urgent schuldhulp, zelf, collectief, regeling, schuldhulp, wijkteam. */
function rang(r: Advies['routes'][number]): number {
  if (r.soort === 'spoed') return 0;
  if (r.soort === 'schuldhulp' && r.urgent) return 1;
  return rangVan[r.soort] ?? 9;
}

/** AOW age from the dated table (rule 9): 67 years until 2027-12-31, 67 years and 3 months from 2028. */
function aowMaanden(datum: string): number {
  return datum >= '2028-01-01' ? 3 : 0;
}
type AowStand = 'onder' | 'zeker' | 'onbeslist' | 'onbekend';
function aowStand(leeftijd: number | undefined, datum: string): AowStand {
  if (leeftijd === undefined) return 'onbekend';
  if (leeftijd < 67) return 'onder';
  if (leeftijd > 67) return 'zeker';
  return aowMaanden(datum) === 0 ? 'zeker' : 'onbeslist';
}
const isPaar = (s: SituatieV2) => s.huishouden === 'samenwonend' || s.huishouden === 'samenwonend-met-kinderen';

function wijkteamVoor(postcode: string): RegExp | null {
  const n = Number(postcode.slice(0, 4));
  if (n >= 9901 && n <= 9909) return /Noord/;
  if (n >= 9910 && n <= 9919) return /Centrum/;
  if (n >= 9920 && n <= 9929) return /Zuid/;
  return null;
}

// ─────────────────────────── 1. the row's own expectations ───────────────────────────

function rijFouten(rij: Rij): string[] {
  const { situatie: s, datum, verwacht: v } = rij;
  const a = advies(s, datum);
  const f: string[] = [];
  const slugs = a.routes.map((r) => r.polis);
  const nvu = a.nietVoorU.map((n) => n.polis);
  const route = (p: string) => a.routes.find((r) => r.polis === p);
  const kort = () => `routes [${a.routes.map((r) => `${r.polis}:${r.zekerheid[0]}`).join(', ')}] nietVoorU [${nvu.join(', ')}]`;

  for (const p of v.routes ?? []) if (!slugs.includes(p)) f.push(`${p} hoort een route te zijn; ${kort()}`);
  for (const p of v.geenRoutes ?? []) if (slugs.includes(p)) f.push(`${p} hoort geen route te zijn`);
  for (const p of v.nietVoorU ?? []) {
    if (!nvu.includes(p)) f.push(`${p} hoort in nietVoorU; ${kort()}`);
    if (slugs.includes(p)) f.push(`${p} is een route maar hoort in nietVoorU`);
  }
  for (const p of v.nietInNietVoorU ?? []) if (nvu.includes(p)) f.push(`${p} hoort niet in nietVoorU`);
  if (v.eerste) {
    const begin = slugs.slice(0, v.eerste.length);
    if (begin.join() !== v.eerste.join()) f.push(`het advies begint met [${begin.join(', ')}], verwacht [${v.eerste.join(', ')}]`);
  }
  if (v.volgorde) {
    const plekken = v.volgorde.map((p) => slugs.indexOf(p));
    if (plekken.some((i) => i < 0)) f.push(`volgorde: ontbreekt ${v.volgorde.filter((_, i) => plekken[i]! < 0).join(', ')}; ${kort()}`);
    else if (plekken.some((x, i) => i > 0 && x < plekken[i - 1]!)) f.push(`volgorde [${v.volgorde.join(', ')}] niet aangehouden: ${kort()}`);
  }
  for (const [p, z] of Object.entries(v.zekerheid ?? {})) {
    const r = route(p);
    if (!r) f.push(`${p} hoort een route (${z}) te zijn; ${kort()}`);
    else if (r.zekerheid !== z) f.push(`${p}: zekerheid ${r.zekerheid}, verwacht ${z}`);
  }
  for (const p of v.nietWaarschijnlijk ?? []) if (route(p)?.zekerheid === 'waarschijnlijk') f.push(`${p} is waarschijnlijk, hoort hoogstens misschien`);
  for (const [p, so] of Object.entries(v.soort ?? {})) {
    const r = route(p);
    if (!r) f.push(`${p} hoort een route (${so}) te zijn`);
    else if (r.soort !== so) f.push(`${p}: soort ${r.soort}, verwacht ${so}`);
  }
  for (const [p, u] of Object.entries(v.urgent ?? {})) {
    const r = route(p);
    if (!r) f.push(`${p} hoort een route (urgent ${u}) te zijn`);
    else if (r.urgent !== u) f.push(`${p}: urgent ${r.urgent}, verwacht ${u}`);
  }
  for (const [p, bedrag] of v.bedragen ?? []) {
    const teksten = [...a.routes.filter((r) => r.polis === p), ...a.nietVoorU.filter((n) => n.polis === p)].flatMap((x) => x.redenen.map((r) => r.tekst));
    const patroon = bedragPatroon(bedrag);
    if (!teksten.some((tekst) => patroon.test(tekst)))
      f.push(`geen reden van ${p} noemt ${String(bedrag)}; redenen: ${teksten.length ? teksten.map((x) => JSON.stringify(x)).join(' | ') : '(geen route of nietVoorU)'}`);
  }
  if (v.wijkteam !== undefined) {
    if (v.wijkteam === null) {
      if (a.wijkteam !== null) f.push(`wijkteam hoort null te zijn, is ${a.wijkteam.naam}`);
    } else if (!a.wijkteam || !v.wijkteam.test(a.wijkteam.naam)) f.push(`wijkteam ${a.wijkteam?.naam ?? 'null'}, verwacht ${v.wijkteam.source}`);
  }
  if (v.melding && a.meldingen.length === 0) f.push('er hoort een melding te zijn');
  if (v.meerMeldingenDan) {
    const ref = advies(s, v.meerMeldingenDan);
    if (a.meldingen.length <= ref.meldingen.length)
      f.push(`geen extra melding tegenover ${v.meerMeldingenDan}: ${JSON.stringify(a.meldingen)} vs ${JSON.stringify(ref.meldingen)}`);
  }
  if (v.gemeentelijkMisschien)
    for (const r of a.routes) if (!NATIONAAL.includes(r.polis) && r.zekerheid !== 'misschien') f.push(`${r.polis} (gemeentelijk) hoort misschien te zijn`);
  if (v.zelfdeZekerheidAls) {
    const { wijziging = {}, datum: refDatum = datum, polis } = v.zelfdeZekerheidAls;
    const ref = advies({ ...s, ...wijziging } as SituatieV2, refDatum);
    for (const p of polis) {
      const hier = route(p);
      const daar = ref.routes.find((r) => r.polis === p);
      if (!hier || !daar) f.push(`${p} hoort hier en in de vergelijking een route te zijn (hier ${hier?.zekerheid ?? '-'}, daar ${daar?.zekerheid ?? '-'})`);
      else if (hier.zekerheid !== daar.zekerheid) f.push(`${p}: zekerheid ${hier.zekerheid}, in de vergelijking ${daar.zekerheid}`);
    }
  }
  return f;
}

// ─────────────────────────── 2. general rules, on every advice ───────────────────────────

const WMO_MAATWERK_EIGEN = ['begeleiding'];

/** What the contract says of every advice, whatever the situatie. Returns the violations. */
function invarianten(s: SituatieV2, datum: string, a: Advies): string[] {
  const f: string[] = [];
  const schema = adviesSchema.safeParse(a);
  if (!schema.success) f.push(`advies past niet in het schema: ${schema.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  if (a.gemeente !== 'voorbeeld') f.push(`gemeente ${a.gemeente}`);
  if (a.datum !== datum) f.push(`datum ${a.datum}, verwacht ${datum}`);
  const routes = a.routes;
  const slugs = routes.map((r) => r.polis);
  const route = (p: string) => routes.find((r) => r.polis === p);
  const ond = (o: Onderwerp) => s.onderwerpen.includes(o);

  // Rules 1, 2, 8: reading order.
  for (let i = 1; i < routes.length; i++)
    if (rang(routes[i]!) < rang(routes[i - 1]!)) f.push(`volgorde: ${routes[i]!.polis} (${routes[i]!.soort}) na ${routes[i - 1]!.polis} (${routes[i - 1]!.soort})`);
  if (s.acuutGevaar === true && slugs[0] !== 'alarmnummer-112') f.push(`acuut gevaar: eerste route is ${slugs[0] ?? 'niets'}, niet alarmnummer-112`);
  if (s.acuutGevaar === true && ond('psychisch') && route('113-zelfmoordpreventie')?.soort !== 'spoed') f.push('acuut gevaar en psychisch: geen 113 (spoed)');
  if ((s.onveiligThuis === true || ond('veiligheid')) && route('veilig-thuis')?.soort !== 'spoed') f.push('onveilig thuis / veiligheid: geen veilig-thuis (spoed)');

  // Soorten of the listed slugs; pgb is an entry, not a route.
  for (const r of routes) {
    const soort = SOORT_VAN[r.polis];
    if (soort && r.soort !== soort) f.push(`${r.polis}: soort ${r.soort}, contract zegt ${soort}`);
  }
  if (route('persoonsgebonden-budget')) f.push('persoonsgebonden-budget is geen route');
  // uitleg: nietVoorU is "considered but not given", so nothing is both a route and in nietVoorU.
  for (const n of a.nietVoorU) if (slugs.includes(n.polis)) f.push(`${n.polis} is route én nietVoorU`);

  // Rule 3: wijkteam.
  const wijkteamRoutes = routes.filter((r) => r.soort === 'wijkteam');
  if (wijkteamRoutes.length > 0 && route('clientondersteuning')?.soort !== 'collectief') f.push('wijkteamroute zonder clientondersteuning (collectief)');
  if ((s.zelfOplossen === 'ja' || s.zelfOplossen === 'met-hulp-van-naasten') && wijkteamRoutes.length > 0)
    f.push(`zelfOplossen ${s.zelfOplossen}: toch wijkteamroutes ${wijkteamRoutes.map((r) => r.polis).join(', ')}`);
  if (s.zelfOplossen === undefined) for (const r of wijkteamRoutes) if (r.zekerheid !== 'misschien') f.push(`zelfOplossen onbekend: ${r.polis} is waarschijnlijk`);

  // Rule 5: debt.
  if ((ond('schulden') || s.schulden === 'achterstand' || s.schulden === 'dreigend') && !route('schuldhulpverlening')) f.push('schulden: geen schuldhulpverlening');
  if (s.schulden === 'dreigend' && route('schuldhulpverlening')?.urgent !== true) f.push('schulden dreigend: schuldhulpverlening niet urgent');
  if ((ond('geld-rondkomen') || ond('schulden') || (s.schulden !== undefined && s.schulden !== 'geen')) && !route('geldfit')) f.push('geen geldfit');

  // Rules 15, 6, 17.
  if (s.vermogen === undefined)
    for (const p of ['bijstand', IIT, KWIJTSCHELDING]) if (route(p)?.zekerheid === 'waarschijnlijk') f.push(`vermogen onbekend: ${p} is waarschijnlijk`);
  if (
    route(IIT)?.zekerheid === 'waarschijnlijk' &&
    [s.leeftijd, s.huishouden, s.nettoInkomenPerMaand, s.vermogen, s.langdurigLaagInkomen].some((x) => x === undefined)
  )
    f.push('individuele inkomenstoeslag waarschijnlijk terwijl een voorwaarde onbekend is');
  const bb = route('bijzondere-bijstand');
  if (bb && bb.zekerheid !== 'misschien') f.push('bijzondere-bijstand hoort altijd misschien te zijn');

  // Rule 10: young people.
  if (s.leeftijd !== undefined && s.leeftijd < 18) {
    for (const p of ['bijstand', IIT, ...WMO_MAATWERK_EIGEN]) if (route(p)) f.push(`onder 18: ${p} is een route`);
    if (s.zelfOplossen === 'nee' && (ond('zelfzorg') || ond('psychisch')) && !route('jeugdhulp')) f.push('onder 18, zelfzorg/psychisch, nee: geen jeugdhulp');
  }
  if (s.leeftijd !== undefined && s.leeftijd >= 18 && s.leeftijd <= 20 && route('bijstand')?.zekerheid === 'waarschijnlijk') f.push('18–20: bijstand waarschijnlijk');

  // Rule 14.
  if (s.studeert === true) {
    if (route('bijstand')) f.push('student: bijstand is een route');
    if (!route('studiefinanciering')) f.push('student: geen studiefinanciering');
  }
  if (s.zelfstandige === true && route('bijstand')) f.push('zelfstandige: bijstand in plaats van bbz');

  // Rule 19.
  if (s.woonsituatie === 'geen-vaste-woonplek') for (const p of ['maatschappelijke-opvang', 'briefadres']) if (!route(p)) f.push(`geen vaste woonplek: geen ${p}`);
  if (s.statushouder === true && !route('inburgering')) f.push('statushouder: geen inburgering');

  // Rule 9: AOW age.
  const standen = [aowStand(s.leeftijd, datum), ...(isPaar(s) ? [aowStand(s.partnerLeeftijd, datum)] : [])];
  if (standen.includes('zeker') && route('bijstand')) f.push('AOW-leeftijd: bijstand is een route');
  if (standen.includes('onbeslist') && !standen.includes('zeker'))
    for (const p of ['bijstand', 'aio-aanvulling', IIT]) if (route(p)?.zekerheid === 'waarschijnlijk') f.push(`leeftijd beslist niet over de AOW-leeftijd: ${p} waarschijnlijk`);

  // Rule 11.
  if (datum > LAATSTE_NORMDAG) {
    if (a.meldingen.length === 0) f.push('datum na de laatste periode van de normen: geen melding');
    for (const p of NORMROUTES) if (route(p)?.zekerheid === 'waarschijnlijk') f.push(`datum na de laatste periode: ${p} waarschijnlijk`);
  }

  // Rule 18.
  if ((s.huishouden === 'alleenstaand' || s.huishouden === 'samenwonend') && !((s.kinderen ?? 0) > 0) && route('kindregeling'))
    f.push('huishouden zonder kinderen: kindregeling is een route');

  // Rule 7 (v2).
  if (s.postcode !== undefined) {
    const team = wijkteamVoor(s.postcode);
    if (team) {
      if (!a.wijkteam || !team.test(a.wijkteam.naam)) f.push(`postcode ${s.postcode}: wijkteam ${a.wijkteam?.naam ?? 'null'}, verwacht ${team.source}`);
    } else {
      if (a.wijkteam !== null) f.push(`postcode ${s.postcode} buiten de gemeente: wijkteam ${a.wijkteam.naam}`);
      if (a.meldingen.length === 0) f.push(`postcode ${s.postcode} buiten de gemeente: geen melding`);
      for (const r of routes) if (!NATIONAAL.includes(r.polis) && r.zekerheid !== 'misschien') f.push(`postcode buiten de gemeente: ${r.polis} waarschijnlijk`);
    }
  }
  return f;
}

// ─────────────────────────── the table ───────────────────────────

it('de tabel heeft minstens 60 situaties met unieke namen', () => {
  expect(rijen.length).toBeGreaterThanOrEqual(60);
  expect(new Set(rijen.map((r) => r.naam)).size).toBe(rijen.length);
});

const groepen = [...new Set(rijen.map((r) => r.regel))];
for (const groep of groepen) {
  describe(groep, () => {
    for (const rij of rijen.filter((r) => r.regel === groep)) {
      it(`${rij.naam} (${rij.datum})`, () => {
        const fouten = rijFouten(rij);
        expect(fouten, fouten.join(' ‖ ')).toEqual([]);
      });
    }
  });
}

describe('algemene regels van het contract, op elke rij', () => {
  for (const rij of rijen) {
    it(rij.naam, () => {
      const fouten = invarianten(rij.situatie, rij.datum, advies(rij.situatie, rij.datum));
      expect(fouten, fouten.join(' ‖ ')).toEqual([]);
    });
  }
});

// ─────────────────────────── 3. properties ───────────────────────────

const ONDERWERPEN: Onderwerp[] = [
  'huishouden', 'zelfzorg', 'vervoer', 'hulpmiddelen-woning', 'eenzaamheid', 'dagbesteding', 'mantelzorg', 'opvoeden',
  'zorgen-om-kind', 'geld-rondkomen', 'schulden', 'formulieren', 'werk', 'wonen', 'veiligheid', 'psychisch',
];
const GRENSBEDRAGEN = [0, 328.68, 328.69, 657.38, 824, 951, 951.01, 1000, 1279.71, 1331.42, 1331.43, 1398, 1398.01, 1486.45, 1486.46, 1597.71, 1597.72, 1783.75, 1902.01, 1902.02, 2036.94, 2282.42, 2444.34, 3500];
const POSTCODES = ['9901', '9909AB', '9912 CD', '9920', '9929ZZ', '9900', '9930', '1011AB'];
/**
 * Dates for the properties, in two sets so that a failure on one set does not hide the other: the
 * January and July 2026 rows, and dates past the last period (2027, and 2028 with the new AOW age).
 */
const DATUMSETS: Array<[string, string[]]> = [
  ['2026', [PEIL, '2026-09-01']],
  ['na de laatste periode', ['2027-06-01', '2028-03-01']],
];

const bedrag = fc.oneof(fc.constantFrom(...GRENSBEDRAGEN), fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100));
const arbSituatie: fc.Arbitrary<SituatieV2> = fc.record(
  {
    onderwerpen: fc.uniqueArray(fc.constantFrom(...ONDERWERPEN), { minLength: 1, maxLength: 3 }),
    leeftijd: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(17, 18, 20, 21, 66, 67, 68)),
    huishouden: fc.constantFrom('alleenstaand', 'alleenstaande-ouder', 'samenwonend', 'samenwonend-met-kinderen'),
    kinderen: fc.integer({ min: 0, max: 4 }),
    nettoInkomenPerMaand: bedrag,
    vermogen: fc.oneof(fc.constantFrom(0, 8000, 8000.01, 16000, 16000.01, 50000), fc.integer({ min: 0, max: 3_000_000 }).map((c) => c / 100)),
    langdurigLaagInkomen: fc.boolean(),
    schulden: fc.constantFrom('geen', 'zorgen', 'achterstand', 'dreigend'),
    zelfOplossen: fc.constantFrom('ja', 'met-hulp-van-naasten', 'nee'),
    postcode: fc.constantFrom(...POSTCODES),
    onveiligThuis: fc.boolean(),
    acuutGevaar: fc.boolean(),
    partnerLeeftijd: fc.oneof(fc.integer({ min: 16, max: 100 }), fc.constantFrom(19, 25, 66, 67, 68)),
    studeert: fc.boolean(),
    zelfstandige: fc.boolean(),
    woonsituatie: fc.constantFrom('huurwoning', 'koopwoning', 'inwonend', 'geen-vaste-woonplek'),
    medebewoners27Plus: fc.integer({ min: 0, max: 3 }),
    statushouder: fc.boolean(),
  },
  { requiredKeys: ['onderwerpen'] },
) as fc.Arbitrary<SituatieV2>;
const RUNS = { numRuns: 60, includeErrorInReport: true };

describe.each(DATUMSETS)('eigenschappen (fast-check), datums %s', (_naam, datums) => {
  const arbDatum = fc.constantFrom(...datums);

  it('een optioneel veld weglaten maakt van misschien nooit waarschijnlijk', () => {
    fc.assert(
      fc.property(arbSituatie, arbDatum, (s, datum) => {
        const heel = advies(s, datum);
        const misschien = heel.routes.filter((r) => r.zekerheid === 'misschien').map((r) => r.polis);
        for (const veld of Object.keys(s) as Array<keyof SituatieV2>) {
          if (veld === 'onderwerpen') continue;
          // uitleg: rule 7 v2 decides a postcode outside the municipality; what a missing postcode does to
          // the zekerheid of municipal routes the contract leaves open, so that one removal is not judged.
          if (veld === 'postcode' && s.postcode !== undefined && wijkteamVoor(s.postcode) === null) continue;
          const minder: Record<string, unknown> = { ...s };
          delete minder[veld];
          const zonderVeld = advies(minder as unknown as SituatieV2, datum);
          for (const p of misschien) {
            const r = zonderVeld.routes.find((x) => x.polis === p);
            if (r?.zekerheid === 'waarschijnlijk') throw new Error(`zonder ${String(veld)} wordt ${p} waarschijnlijk (was misschien)`);
          }
        }
      }),
      RUNS,
    );
  }, 120_000);

  it('acuut gevaar geeft altijd eerst alarmnummer-112', () => {
    fc.assert(
      fc.property(arbSituatie, arbDatum, (s, datum) => {
        const a = advies({ ...s, acuutGevaar: true }, datum);
        expect(a.routes[0]?.polis).toBe('alarmnummer-112');
        expect(a.routes[0]?.soort).toBe('spoed');
      }),
      { numRuns: 150, includeErrorInReport: true },
    );
  }, 120_000);

  it('de volgorde van de velden in de Situatie verandert het advies niet', () => {
    fc.assert(
      fc.property(
        arbSituatie.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(Object.keys(s), { minLength: Object.keys(s).length }))),
        arbDatum,
        ([s, volgorde], datum) => {
          const anders = Object.fromEntries(volgorde.map((k) => [k, s[k as keyof SituatieV2]])) as unknown as SituatieV2;
          expect(Object.keys(anders)).toEqual(volgorde);
          expect(advies(anders, datum)).toEqual(advies(s, datum));
        },
      ),
      { numRuns: 100, includeErrorInReport: true },
    );
  }, 120_000);

  it('elk advies houdt zich aan de algemene regels van het contract', () => {
    fc.assert(
      fc.property(arbSituatie, arbDatum, (s, datum) => {
        const fouten = invarianten(s, datum, advies(s, datum));
        expect(fouten, fouten.join(' ‖ ')).toEqual([]);
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  }, 120_000);

  it('een postcode buiten de gemeente: landelijke routes houden hun zekerheid, gemeentelijke worden misschien', () => {
    fc.assert(
      fc.property(arbSituatie, arbDatum, fc.constantFrom('9900', '9930', '1011AB', '3511 XY'), (s, datum, buiten) => {
        const binnen = advies({ ...s, postcode: '9912AB' }, datum);
        const elders = advies({ ...s, postcode: buiten }, datum);
        expect(elders.wijkteam).toBeNull();
        expect(elders.meldingen.length).toBeGreaterThan(0);
        for (const r of elders.routes) {
          if (NATIONAAL.includes(r.polis)) {
            const daar = binnen.routes.find((x) => x.polis === r.polis);
            if (daar) expect(`${r.polis}: ${r.zekerheid}`).toBe(`${r.polis}: ${daar.zekerheid}`);
          } else expect(`${r.polis}: ${r.zekerheid}`).toBe(`${r.polis}: misschien`);
        }
        // National routes do not disappear because of the postcode.
        for (const r of binnen.routes) if (NATIONAAL.includes(r.polis)) expect(elders.routes.map((x) => x.polis)).toContain(r.polis);
      }),
      { numRuns: 100, includeErrorInReport: true },
    );
  }, 120_000);
});
