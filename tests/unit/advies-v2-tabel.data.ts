/**
 * Held-out table for advice contract version 2 (../shared/advies-contract.md, rules 1–20, with
 * rules 8–20 overriding 1–7) and the facts in ../shared/domein-feiten.md ("Version 2" overrides).
 * Written from the specification only: not from the engine, the `wegwijzer:` blocks of the content or
 * the other advice tests. Every expectation below is something the contract or the facts determine;
 * where a row rests on a reading of an ambiguous passage, a `// uitleg:` comment says which.
 *
 * Amounts (norms without holiday allowance = with × 0,95, nearest cent; a percentage of a norm is
 * rounded down to whole cents):
 *   2026 (January row, repeated in the July row): single 1.331,43 · couple 1.902,02 ·
 *     AOW single 1.486,46 · AOW couple 2.036,95 · youth single 328,69 · youth couple 657,38 ·
 *     youth couple with one partner 21+ 1.279,71.
 *     120 % single 1.597,71 · 105 % single 1.398,00 · 120 % couple 2.282,42 · 120 % AOW single
 *     1.783,75 · 120 % AOW couple 2.444,34 · kostendelersnorm A=2: 951,01.
 *   2025 (January row): single 1.278,18 · couple 1.825,97.
 */
import type { Situatie } from '../../src/schemas/situatie';

export type Zekerheid = 'waarschijnlijk' | 'misschien';
export type Soort = 'spoed' | 'zelf' | 'collectief' | 'regeling' | 'schuldhulp' | 'wijkteam';

/** The v2 fields of the contract; the schema may not have them yet while this test is written. */
export interface V2Velden {
  partnerLeeftijd?: number;
  studeert?: boolean;
  zelfstandige?: boolean;
  woonsituatie?: 'huurwoning' | 'koopwoning' | 'inwonend' | 'geen-vaste-woonplek';
  medebewoners27Plus?: number;
  statushouder?: boolean;
}
export type SituatieV2 = Situatie & V2Velden;
export type Onderwerp = Situatie['onderwerpen'][number];

export interface Verwachting {
  /** These slugs are routes. */
  routes?: string[];
  /** These slugs are not routes. */
  geenRoutes?: string[];
  /** These slugs are in `nietVoorU` (and therefore not routes). */
  nietVoorU?: string[];
  /** These slugs are not in `nietVoorU`. */
  nietInNietVoorU?: string[];
  /** The advice begins with exactly these routes, in this order. */
  eerste?: string[];
  /** These routes appear in this relative order (all must be present). */
  volgorde?: string[];
  /** Route present with this zekerheid. */
  zekerheid?: Record<string, Zekerheid>;
  /** If one of these is a route, it is `misschien`. */
  nietWaarschijnlijk?: string[];
  /** Route present with this soort. */
  soort?: Record<string, Soort>;
  /** Route present with this urgent flag. */
  urgent?: Record<string, boolean>;
  /** Some reason of the route or nietVoorU entry of this slug contains this amount (`€ 1.331,43`, or a pattern). */
  bedragen?: Array<[string, string | RegExp]>;
  /** `null`, or a pattern for the wijkteam's naam. */
  wijkteam?: null | RegExp;
  /** At least one melding. */
  melding?: true;
  /** More meldingen than the same situatie on this date (the extra line of rule 11). */
  meerMeldingenDan?: string;
  /** Every route that is not a national entry is `misschien` (rule 7 v2). */
  gemeentelijkMisschien?: true;
  /** These routes are present here and in the reference advice, with the same zekerheid. */
  zelfdeZekerheidAls?: { wijziging?: Partial<SituatieV2>; datum?: string; polis: string[] };
}

export interface Rij {
  regel: string;
  naam: string;
  situatie: SituatieV2;
  datum: string;
  verwacht: Verwachting;
}

/** A date well inside the January 2026 row (confirmed figures). */
export const PEIL = '2026-03-15';
/** The last day of the last period of the norms table (the July 2026 row). */
export const LAATSTE_NORMDAG = '2026-12-31';
export const IN_GEMEENTE = '9912AB';

/** Slugs of national entries (content/nationaal plus the v2 national ones): rule 7 v2 leaves them as they are. */
export const NATIONAAL = [
  'alarmnummer-112',
  'veilig-thuis',
  '113-zelfmoordpreventie',
  'geldfit',
  'wijkverpleging',
  'aio-aanvulling',
  'studiefinanciering',
  // Issue 15 adds these national entries (content/nationaal/polis); rule 7 v2 applies to them alike.
  'huurtoeslag',
  'zorgtoeslag',
  'kindgebonden-budget',
  'kinderopvangtoeslag',
  'anw-nabestaanden',
  'wlz',
  'juridisch-loket',
  'beslagvrije-voet',
  'voedselbank',
  'valys',
];

/** Routes that test a bijstandsnorm (directly or as a percentage of it). */
export const NORMROUTES = [
  'bijstand',
  'individuele-inkomenstoeslag',
  'kwijtschelding-gemeentelijke-belastingen',
  'collectieve-zorgverzekering',
  'meedoenregeling',
  'kindregeling',
  'bijzondere-bijstand',
  'aio-aanvulling',
];
// uitleg: `bbz` is left out of NORMROUTES: the contract does not say whether the engine screens Bbz on
// the norm, so rule 11 cannot be applied to it with certainty.

/** Soort of every slug the contract lists by soort (the v2 slugs have no soort in the contract). */
export const SOORT_VAN: Record<string, Soort> = Object.fromEntries(
  (
    [
      ['spoed', ['alarmnummer-112', 'veilig-thuis', '113-zelfmoordpreventie']],
      ['zelf', ['geldfit', 'wijkverpleging']],
      [
        'collectief',
        ['buurthuis', 'ouderenwerk', 'maatschappelijk-werk', 'formulierenhulp', 'taalhuis', 'mantelzorgondersteuning', 'opvoedondersteuning', 'jongerenwerk', 'inloop-dagbesteding', 'klussen-en-boodschappendienst', 'clientondersteuning', 'regiotaxi', 'werkplein'],
      ],
      [
        'regeling',
        ['bijstand', 'bijzondere-bijstand', 'individuele-inkomenstoeslag', 'kwijtschelding-gemeentelijke-belastingen', 'collectieve-zorgverzekering', 'meedoenregeling', 'kindregeling', 'mantelzorgwaardering'],
      ],
      ['schuldhulp', ['schuldhulpverlening']],
      ['wijkteam', ['wijkteam', 'huishoudelijke-hulp', 'begeleiding', 'rolstoel-en-scootmobiel', 'woningaanpassing', 'dagbesteding', 'jeugdhulp']],
    ] as const
  ).flatMap(([soort, slugs]) => slugs.map((s) => [s, soort as Soort])),
);

export const KWIJTSCHELDING = 'kwijtschelding-gemeentelijke-belastingen';
export const IIT = 'individuele-inkomenstoeslag';
export const CZV = 'collectieve-zorgverzekering';

/**
 * A single person of 40 with everything the income rules ask for known: a household norm of 21 to
 * AOW age, savings well under every limit, a postcode in the municipality.
 */
export function alleen(inkomen: number, extra: Partial<SituatieV2> = {}): SituatieV2 {
  return {
    onderwerpen: ['geld-rondkomen'],
    leeftijd: 40,
    huishouden: 'alleenstaand',
    kinderen: 0,
    nettoInkomenPerMaand: inkomen,
    vermogen: 1000,
    langdurigLaagInkomen: true,
    schulden: 'geen',
    postcode: IN_GEMEENTE,
    onveiligThuis: false,
    acuutGevaar: false,
    studeert: false,
    zelfstandige: false,
    woonsituatie: 'huurwoning',
    medebewoners27Plus: 0,
    statushouder: false,
    ...extra,
  };
}

/** A couple, both 40, otherwise as `alleen`. */
export function paar(inkomen: number, extra: Partial<SituatieV2> = {}): SituatieV2 {
  return alleen(inkomen, { huishouden: 'samenwonend', partnerLeeftijd: 40, ...extra });
}

/** The situatie without these fields ("weet ik niet"). */
export function zonder(s: SituatieV2, ...velden: Array<keyof SituatieV2>): SituatieV2 {
  const kopie: Record<string, unknown> = { ...s };
  for (const v of velden) delete kopie[v];
  return kopie as unknown as SituatieV2;
}

const R8 = 'Regel 8/1: crisis eerst';
const R2 = 'Regel 2/5: volgorde en schulden';
const R3 = 'Regel 3: maatwerk via het wijkteam';
const R7 = 'Regel 7 v2: postcode';
const R9 = 'Regel 9: AOW-leeftijd';
const R10 = 'Regel 10: jongeren';
const R11 = 'Regel 11/12: gedateerde normen';
const R12 = 'Regel 12: procenten van de norm zonder vakantiegeld';
const R13 = 'Regel 13: kostendelersnorm';
const R14 = 'Regel 14: studenten en zelfstandigen';
const R15 = 'Regel 15: onbekend is geen ja (vermogen)';
const R16 = 'Regel 16: kwijtschelding';
const R17 = 'Regel 17: bijzondere bijstand';
const R18 = 'Regel 18: kindregeling';
const R19 = 'Regel 19: wonen en status';

const huishoudenNee: SituatieV2 = { onderwerpen: ['huishouden'], zelfOplossen: 'nee', postcode: '9903AB' };

export const rijen: Rij[] = [
  // ───────────── Regel 8 / 1: spoed ─────────────
  {
    regel: R8,
    naam: 'acuut gevaar: 112 als eerste route',
    situatie: { onderwerpen: ['huishouden'], acuutGevaar: true },
    datum: PEIL,
    verwacht: { eerste: ['alarmnummer-112'], soort: { 'alarmnummer-112': 'spoed' } },
  },
  {
    regel: R8,
    naam: 'acuut gevaar bij psychische nood: 112 eerst, ook 113',
    situatie: { onderwerpen: ['psychisch'], acuutGevaar: true },
    datum: PEIL,
    verwacht: { eerste: ['alarmnummer-112'], routes: ['113-zelfmoordpreventie'], soort: { '113-zelfmoordpreventie': 'spoed' } },
  },
  {
    regel: R8,
    naam: 'onveilig thuis: Veilig Thuis vooraan',
    situatie: { onderwerpen: ['huishouden'], onveiligThuis: true },
    datum: PEIL,
    verwacht: { eerste: ['veilig-thuis'], soort: { 'veilig-thuis': 'spoed' } },
  },
  {
    regel: R8,
    naam: 'onderwerp veiligheid, zelf oplossen nee: Veilig Thuis en het wijkteam',
    situatie: { onderwerpen: ['veiligheid'], zelfOplossen: 'nee', postcode: '9903AB' },
    datum: PEIL,
    verwacht: {
      eerste: ['veilig-thuis'],
      soort: { 'veilig-thuis': 'spoed', wijkteam: 'wijkteam', clientondersteuning: 'collectief' },
      volgorde: ['veilig-thuis', 'clientondersteuning', 'wijkteam'],
    },
  },
  {
    regel: R8,
    naam: 'acuut gevaar en onveilig thuis: 112 vóór Veilig Thuis',
    situatie: { onderwerpen: ['wonen'], acuutGevaar: true, onveiligThuis: true },
    datum: PEIL,
    verwacht: { eerste: ['alarmnummer-112'], volgorde: ['alarmnummer-112', 'veilig-thuis'], soort: { 'veilig-thuis': 'spoed' } },
  },
  {
    regel: R8,
    naam: 'acuut gevaar en dreigende schulden: 112, dan meteen schuldhulp',
    situatie: { onderwerpen: ['geld-rondkomen'], acuutGevaar: true, schulden: 'dreigend' },
    datum: PEIL,
    verwacht: { eerste: ['alarmnummer-112', 'schuldhulpverlening'], urgent: { schuldhulpverlening: true } },
  },

  // ───────────── Regel 2 / 5: volgorde en schulden ─────────────
  {
    regel: R2,
    naam: 'dreigende schulden: schuldhulp urgent en als eerste',
    situatie: { onderwerpen: ['wonen'], schulden: 'dreigend', zelfOplossen: 'nee', postcode: '9915' },
    datum: PEIL,
    verwacht: {
      eerste: ['schuldhulpverlening'],
      urgent: { schuldhulpverlening: true },
      soort: { schuldhulpverlening: 'schuldhulp' },
      volgorde: ['schuldhulpverlening', 'geldfit', 'wijkteam'],
    },
  },
  {
    regel: R2,
    naam: 'onveilig thuis en dreigende schulden: Veilig Thuis, dan schuldhulp',
    situatie: { onderwerpen: ['schulden'], onveiligThuis: true, schulden: 'dreigend' },
    datum: PEIL,
    verwacht: { eerste: ['veilig-thuis', 'schuldhulpverlening'], urgent: { schuldhulpverlening: true } },
  },
  {
    regel: R2,
    naam: 'betalingsachterstand: schuldhulp niet urgent, na de regelingen',
    situatie: alleen(1000, { schulden: 'achterstand' }),
    datum: PEIL,
    verwacht: {
      urgent: { schuldhulpverlening: false },
      volgorde: ['geldfit', 'formulierenhulp', 'meedoenregeling', 'schuldhulpverlening'],
    },
  },
  {
    regel: R2,
    naam: 'alle soorten: zelf, collectief, regeling, schuldhulp, wijkteam',
    situatie: alleen(1000, { onderwerpen: ['huishouden', 'geld-rondkomen', 'schulden'], schulden: 'achterstand', zelfOplossen: 'nee' }),
    datum: PEIL,
    verwacht: {
      volgorde: ['geldfit', 'klussen-en-boodschappendienst', 'meedoenregeling', 'schuldhulpverlening', 'huishoudelijke-hulp'],
      urgent: { schuldhulpverlening: false },
    },
  },

  // ───────────── Regel 3: wijkteam ─────────────
  {
    regel: R3,
    naam: 'huishouden, zelf oplossen nee: huishoudelijke hulp en cliëntondersteuning',
    situatie: huishoudenNee,
    datum: PEIL,
    // uitleg: rule 3 makes maatwerk `misschien` only when zelfOplossen is missing; with `nee` and a
    // postcode in the municipality nothing is unknown, so the route is `waarschijnlijk`.
    verwacht: {
      routes: ['klussen-en-boodschappendienst'],
      zekerheid: { 'huishoudelijke-hulp': 'waarschijnlijk' },
      soort: { 'huishoudelijke-hulp': 'wijkteam', clientondersteuning: 'collectief' },
      volgorde: ['klussen-en-boodschappendienst', 'huishoudelijke-hulp'],
      wijkteam: /Noord/,
    },
  },
  {
    regel: R3,
    naam: 'zelf oplossen onbekend: maatwerk misschien',
    situatie: { onderwerpen: ['huishouden'], postcode: '9903AB' },
    datum: PEIL,
    verwacht: { zekerheid: { 'huishoudelijke-hulp': 'misschien' }, routes: ['clientondersteuning', 'klussen-en-boodschappendienst'] },
  },
  {
    regel: R3,
    naam: 'zelf oplossen ja: huishoudelijke hulp niet voor u',
    situatie: { onderwerpen: ['huishouden'], zelfOplossen: 'ja', postcode: '9903AB' },
    datum: PEIL,
    verwacht: { nietVoorU: ['huishoudelijke-hulp'], routes: ['klussen-en-boodschappendienst'] },
  },
  {
    regel: R3,
    naam: 'zelfzorg met hulp van naasten: mantelzorgondersteuning, geen begeleiding',
    situatie: { onderwerpen: ['zelfzorg'], zelfOplossen: 'met-hulp-van-naasten', postcode: '9903AB', leeftijd: 50 },
    datum: PEIL,
    verwacht: { routes: ['mantelzorgondersteuning', 'wijkverpleging'], nietVoorU: ['begeleiding'] },
  },
  {
    regel: R3,
    naam: 'hulpmiddelen in huis, nee: woningaanpassing en rolstoel',
    situatie: { onderwerpen: ['hulpmiddelen-woning'], zelfOplossen: 'nee', postcode: '9921', leeftijd: 70 },
    datum: PEIL,
    verwacht: {
      routes: ['woningaanpassing', 'rolstoel-en-scootmobiel', 'clientondersteuning'],
      soort: { woningaanpassing: 'wijkteam', 'rolstoel-en-scootmobiel': 'wijkteam' },
      wijkteam: /Zuid/,
    },
  },
  {
    regel: R3,
    naam: 'wonen, zelf oplossen nee: het wijkteam',
    situatie: { onderwerpen: ['wonen'], zelfOplossen: 'nee', postcode: '9911' },
    datum: PEIL,
    verwacht: { routes: ['wijkteam', 'clientondersteuning'], soort: { wijkteam: 'wijkteam' }, wijkteam: /Centrum/ },
  },

  // ───────────── Regel 7 v2: postcode ─────────────
  ...(
    [
      ['9901', /Noord/],
      ['9909 AB', /Noord/],
      ['9910', /Centrum/],
      ['9919AB', /Centrum/],
      ['9920', /Zuid/],
      ['9929 ZZ', /Zuid/],
    ] as const
  ).map(
    ([postcode, team]): Rij => ({
      regel: R7,
      naam: `postcode ${postcode}: wijkteam ${team.source}`,
      situatie: { ...huishoudenNee, postcode },
      datum: PEIL,
      verwacht: { wijkteam: team, zekerheid: { 'huishoudelijke-hulp': 'waarschijnlijk' } },
    }),
  ),
  ...['9900', '9930AB'].map(
    (postcode): Rij => ({
      regel: R7,
      naam: `postcode ${postcode} (net buiten de gemeente): geen wijkteam, gemeentelijke routes misschien`,
      situatie: { ...huishoudenNee, postcode },
      datum: PEIL,
      verwacht: {
        wijkteam: null,
        melding: true,
        gemeentelijkMisschien: true,
        zekerheid: { 'huishoudelijke-hulp': 'misschien', 'klussen-en-boodschappendienst': 'misschien' },
      },
    }),
  ),
  {
    regel: R7,
    naam: 'postcode 1011AB: landelijke routes (112, Geldfit, wijkverpleging) houden hun zekerheid',
    situatie: { onderwerpen: ['zelfzorg', 'geld-rondkomen'], acuutGevaar: true, zelfOplossen: 'nee', postcode: '1011AB', leeftijd: 50 },
    datum: PEIL,
    verwacht: {
      wijkteam: null,
      melding: true,
      eerste: ['alarmnummer-112'],
      gemeentelijkMisschien: true,
      zekerheid: { begeleiding: 'misschien' },
      zelfdeZekerheidAls: { wijziging: { postcode: '9903AB' }, polis: ['alarmnummer-112', 'geldfit', 'wijkverpleging'] },
    },
  },
  {
    regel: R7,
    naam: 'postcode buiten de gemeente, onveilig thuis: Veilig Thuis houdt zijn zekerheid',
    situatie: { onderwerpen: ['veiligheid'], onveiligThuis: true, postcode: '3511' },
    datum: PEIL,
    verwacht: { wijkteam: null, eerste: ['veilig-thuis'], zelfdeZekerheidAls: { wijziging: { postcode: '9903' }, polis: ['veilig-thuis'] } },
  },
  {
    regel: R7,
    naam: 'postcode buiten de gemeente, AOW-leeftijd: AIO-aanvulling landelijk, meedoen misschien',
    situatie: alleen(1000, { leeftijd: 70, postcode: '1011AB' }),
    datum: PEIL,
    verwacht: {
      wijkteam: null,
      melding: true,
      gemeentelijkMisschien: true,
      zekerheid: { meedoenregeling: 'misschien' },
      zelfdeZekerheidAls: { wijziging: { postcode: IN_GEMEENTE }, polis: ['aio-aanvulling'] },
    },
  },
  {
    regel: R7,
    naam: 'postcode buiten de gemeente, student: studiefinanciering houdt zijn zekerheid',
    situatie: alleen(600, { leeftijd: 20, studeert: true, postcode: '1011AB' }),
    datum: PEIL,
    verwacht: { wijkteam: null, gemeentelijkMisschien: true, zelfdeZekerheidAls: { wijziging: { postcode: IN_GEMEENTE }, polis: ['studiefinanciering'] } },
  },

  // ───────────── Regel 9: AOW-leeftijd ─────────────
  {
    regel: R9,
    naam: '66 jaar in 2026: bijstand, geen AIO-aanvulling',
    situatie: alleen(1331.42, { leeftijd: 66 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, geenRoutes: ['aio-aanvulling'], bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R9,
    naam: '67 jaar in 2026, 1 cent onder de AOW-norm: AIO-aanvulling, geen bijstand',
    situatie: alleen(1486.45, { leeftijd: 67 }),
    datum: PEIL,
    verwacht: { routes: ['aio-aanvulling'], nietVoorU: ['bijstand'], bedragen: [['aio-aanvulling', '€ 1.486,46']] },
  },
  {
    regel: R9,
    naam: '67 jaar in 2026, op de AOW-norm: geen AIO-aanvulling',
    situatie: alleen(1486.46, { leeftijd: 67 }),
    datum: PEIL,
    // uitleg: AIO only "when income is below" the AOW-age norm, so at the norm it is no route; whether
    // it is listed in nietVoorU is left open (it is not in the rule 6 table).
    verwacht: { geenRoutes: ['aio-aanvulling'], nietVoorU: ['bijstand'] },
  },
  {
    regel: R9,
    naam: 'partner 67 in 2026, 1 cent onder de AOW-paarnorm: AIO-aanvulling, geen bijstand',
    situatie: paar(2036.94, { leeftijd: 60, partnerLeeftijd: 67 }),
    datum: PEIL,
    verwacht: { routes: ['aio-aanvulling'], nietVoorU: ['bijstand'], bedragen: [['aio-aanvulling', '€ 2.036,95']] },
  },
  {
    regel: R9,
    naam: 'zelf 67, partner 60, op de AOW-paarnorm: geen AIO-aanvulling',
    situatie: paar(2036.95, { leeftijd: 67, partnerLeeftijd: 60 }),
    datum: PEIL,
    verwacht: { geenRoutes: ['aio-aanvulling'], nietVoorU: ['bijstand'] },
  },
  {
    regel: R9,
    naam: 'paar onder de AOW-leeftijd: de paarnorm, niet de AOW-paarnorm',
    situatie: paar(2000, { leeftijd: 60, partnerLeeftijd: 60 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], geenRoutes: ['aio-aanvulling'], bedragen: [['bijstand', '€ 1.902,02']] },
  },
  {
    regel: R9,
    naam: 'AOW-leeftijd alleen: meedoen op 120 % van de AOW-norm',
    situatie: alleen(1783.75, { leeftijd: 70 }),
    datum: PEIL,
    verwacht: { zekerheid: { meedoenregeling: 'waarschijnlijk' }, bedragen: [['meedoenregeling', '€ 1.783,75']] },
  },
  {
    regel: R9,
    naam: 'AOW-leeftijd alleen: 1 cent boven 120 % van de AOW-norm',
    situatie: alleen(1783.76, { leeftijd: 70 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['meedoenregeling', CZV], bedragen: [['meedoenregeling', '€ 1.783,75']] },
  },
  {
    regel: R9,
    naam: 'een partner op AOW-leeftijd: meedoen op 120 % van de AOW-paarnorm',
    situatie: paar(2444.34, { leeftijd: 68, partnerLeeftijd: 66 }),
    datum: PEIL,
    verwacht: { routes: ['meedoenregeling', CZV], nietVoorU: ['bijstand'], bedragen: [['meedoenregeling', '€ 2.444,34']] },
  },
  {
    regel: R9,
    naam: 'een partner op AOW-leeftijd: 1 cent boven 120 % van de AOW-paarnorm',
    situatie: paar(2444.35, { leeftijd: 68, partnerLeeftijd: 66 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['meedoenregeling'], bedragen: [['meedoenregeling', '€ 2.444,34']] },
  },
  {
    regel: R9,
    naam: '67 jaar in 2026: geen individuele inkomenstoeslag (vanaf AOW-leeftijd)',
    situatie: alleen(1000, { leeftijd: 67 }),
    datum: PEIL,
    verwacht: { nietVoorU: [IIT, 'bijstand'], routes: ['aio-aanvulling'] },
  },
  {
    regel: R9,
    naam: '67 jaar op 2027-12-31: AOW-leeftijd is nog 67',
    situatie: alleen(1000, { leeftijd: 67 }),
    datum: '2027-12-31',
    verwacht: { nietVoorU: ['bijstand'], zekerheid: { 'aio-aanvulling': 'misschien' } },
  },
  {
    regel: R9,
    naam: '67 jaar op 2028-01-01: AOW-leeftijd 67 jaar en 3 maanden, leeftijd beslist niet',
    situatie: alleen(1000, { leeftijd: 67 }),
    datum: '2028-01-01',
    // uitleg: "every route that depends on it is misschien": both bijstand (below AOW age) and the
    // AIO-aanvulling (from AOW age) depend on it, so both are routes, `misschien`, and bijstand is not
    // put in nietVoorU on an age that cannot decide.
    verwacht: { zekerheid: { bijstand: 'misschien', 'aio-aanvulling': 'misschien' }, nietInNietVoorU: ['bijstand'] },
  },
  {
    regel: R9,
    naam: '66 jaar op 2028-01-01: onder de AOW-leeftijd',
    situatie: alleen(1000, { leeftijd: 66 }),
    datum: '2028-01-01',
    verwacht: { zekerheid: { bijstand: 'misschien' }, geenRoutes: ['aio-aanvulling'] },
  },
  {
    regel: R9,
    naam: '68 jaar op 2028-03-01: zeker AOW-leeftijd',
    situatie: alleen(1000, { leeftijd: 68 }),
    datum: '2028-03-01',
    verwacht: { nietVoorU: ['bijstand'], zekerheid: { 'aio-aanvulling': 'misschien' } },
  },
  {
    regel: R9,
    naam: 'partner 67 op 2028-03-01: leeftijd van de partner beslist niet',
    situatie: paar(1500, { leeftijd: 50, partnerLeeftijd: 67 }),
    datum: '2028-03-01',
    // uitleg: as for the person: the partner's whole-year age cannot decide, so both schemes stay
    // routes, `misschien`.
    verwacht: { zekerheid: { 'aio-aanvulling': 'misschien', bijstand: 'misschien' }, nietInNietVoorU: ['bijstand'] },
  },

  // ───────────── Regel 10: jongeren ─────────────
  {
    regel: R10,
    naam: '19 jaar alleen, 1 cent onder de jongerennorm: bijstand misschien',
    situatie: alleen(328.68, { leeftijd: 19, vermogen: 0 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'misschien' }, bedragen: [['bijstand', '€ 328,69']] },
  },
  {
    regel: R10,
    naam: '19 jaar alleen, op de jongerennorm: geen bijstand',
    situatie: alleen(328.69, { leeftijd: 19, vermogen: 0 }),
    datum: PEIL,
    // uitleg: rule 10 makes the youth norm the bijstand norm for 18–20 and rule 6/12 says income < the
    // norm, else nietVoorU with the threshold. Extra bijstand through the parents' duty (Pw art. 12) is
    // not a separate route in the contract.
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 328,69']] },
  },
  {
    regel: R10,
    naam: '18 jaar: bijstand hoogstens misschien, ook met alles bekend',
    situatie: alleen(0, { leeftijd: 18, vermogen: 0 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'misschien' } },
  },
  {
    regel: R10,
    naam: '20 en 19 samen, 1 cent onder de jongerennorm voor een paar',
    situatie: paar(657.37, { leeftijd: 20, partnerLeeftijd: 19, vermogen: 0 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'misschien' }, bedragen: [['bijstand', '€ 657,38']] },
  },
  {
    regel: R10,
    naam: '20 en 19 samen, op de jongerennorm voor een paar',
    situatie: paar(657.38, { leeftijd: 20, partnerLeeftijd: 19, vermogen: 0 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 657,38']] },
  },
  {
    regel: R10,
    naam: '20 met partner van 25, 1 cent onder de norm (één partner 21+)',
    situatie: paar(1279.7, { leeftijd: 20, partnerLeeftijd: 25, vermogen: 0 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'misschien' }, bedragen: [['bijstand', '€ 1.279,71']] },
  },
  {
    regel: R10,
    naam: '20 met partner van 25, op de norm (één partner 21+)',
    situatie: paar(1279.71, { leeftijd: 20, partnerLeeftijd: 25, vermogen: 0 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.279,71']] },
  },
  {
    regel: R10,
    naam: '21 jaar: de gewone norm, bijstand waarschijnlijk',
    situatie: alleen(1331.42, { leeftijd: 21 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R10,
    naam: '20 jaar: geen individuele inkomenstoeslag',
    situatie: alleen(300, { leeftijd: 20 }),
    datum: PEIL,
    verwacht: { nietVoorU: [IIT] },
  },
  {
    regel: R10,
    naam: '17 jaar: geen bijstand en geen individuele inkomenstoeslag',
    situatie: alleen(0, { leeftijd: 17 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand', IIT] },
  },
  {
    regel: R10,
    naam: '17 jaar, psychisch, zelf oplossen nee: jeugdhulp, geen begeleiding',
    situatie: { onderwerpen: ['psychisch'], leeftijd: 17, zelfOplossen: 'nee', postcode: '9903AB' },
    datum: PEIL,
    verwacht: { routes: ['jeugdhulp', 'maatschappelijk-werk'], soort: { jeugdhulp: 'wijkteam' }, geenRoutes: ['begeleiding'] },
  },
  {
    regel: R10,
    naam: '17 jaar, zelfzorg, zelf oplossen nee: jeugdhulp, wijkverpleging blijft',
    situatie: { onderwerpen: ['zelfzorg'], leeftijd: 17, zelfOplossen: 'nee', postcode: '9903AB' },
    datum: PEIL,
    verwacht: { routes: ['jeugdhulp', 'wijkverpleging'], geenRoutes: ['begeleiding'] },
  },
  {
    regel: R10,
    naam: '18 jaar, psychisch, zelf oplossen nee: begeleiding (Wmo)',
    situatie: { onderwerpen: ['psychisch'], leeftijd: 18, zelfOplossen: 'nee', postcode: '9903AB' },
    datum: PEIL,
    verwacht: { routes: ['begeleiding', 'clientondersteuning'] },
  },

  // ───────────── Regel 11 / 12: gedateerde normen ─────────────
  {
    regel: R11,
    naam: '2025-06-30: norm januari 2025, 1 cent onder',
    situatie: zonder(alleen(1278.17), 'vermogen'),
    datum: '2025-06-30',
    verwacht: { zekerheid: { bijstand: 'misschien' }, bedragen: [['bijstand', '€ 1.278,18']] },
  },
  {
    regel: R11,
    naam: '2025-06-30: paar op de paarnorm 2025',
    situatie: zonder(paar(1825.97), 'vermogen'),
    datum: '2025-06-30',
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.825,97']] },
  },
  {
    regel: R11,
    naam: '2025-12-31: nog de norm van 2025',
    situatie: zonder(alleen(1300.61), 'vermogen'),
    datum: '2025-12-31',
    // uitleg: the helper first assumed no July 2025 figures. The main session then found them
    // (€ 1.369,06 with holiday pay, secundair: news citing Rijksoverheid), so without holiday pay
    // € 1.300,61 applies from 2025-07-01. Updated as a fact, not tuned on the engine's output.
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.300,61']] },
  },
  {
    regel: R11,
    naam: '2026-01-01: nieuwe norm, 1.278,18 is nu onder de norm',
    situatie: alleen(1278.18),
    datum: '2026-01-01',
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R11,
    naam: '2026-01-01: op de norm 2026',
    situatie: alleen(1331.43),
    datum: '2026-01-01',
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R11,
    naam: '2026-06-30: 1 cent onder de norm, waarschijnlijk',
    situatie: alleen(1331.42),
    datum: '2026-06-30',
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R11,
    naam: '2026-07-01: de juli-rij herhaalt januari, 1 cent onder',
    situatie: alleen(1331.42),
    datum: '2026-07-01',
    // uitleg: the July 2026 figures are unconfirmed; the contract does not say whether that lowers the
    // zekerheid, so only membership and the amount are asserted.
    verwacht: { routes: ['bijstand'], bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R11,
    naam: '2026-07-01: op de norm',
    situatie: alleen(1331.43),
    datum: '2026-07-01',
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R11,
    naam: '2026-12-31: meedoen op 120 %',
    situatie: alleen(1597.71),
    datum: '2026-12-31',
    verwacht: { routes: ['meedoenregeling', CZV], bedragen: [['meedoenregeling', '€ 1.597,71']] },
  },
  {
    regel: R11,
    naam: '2026-12-31: meedoen 1 cent boven 120 %',
    situatie: alleen(1597.72),
    datum: '2026-12-31',
    verwacht: { nietVoorU: ['meedoenregeling', CZV], bedragen: [['meedoenregeling', '€ 1.597,71']] },
  },
  {
    regel: R11,
    naam: '2027-01-01: na de laatste periode: melding en alles met de norm misschien',
    situatie: alleen(1000),
    datum: '2027-01-01',
    verwacht: {
      routes: ['bijstand', 'meedoenregeling'],
      nietWaarschijnlijk: NORMROUTES,
      meerMeldingenDan: LAATSTE_NORMDAG,
      zelfdeZekerheidAls: { datum: LAATSTE_NORMDAG, polis: ['geldfit'] },
    },
  },
  {
    regel: R11,
    naam: '2027-02-01: paar na de laatste periode',
    situatie: paar(1500, { kinderen: 2 }),
    datum: '2027-02-01',
    verwacht: {
      routes: ['bijstand', 'meedoenregeling', 'kindregeling'],
      nietWaarschijnlijk: NORMROUTES,
      zekerheid: { bijstand: 'misschien', meedoenregeling: 'misschien', kindregeling: 'misschien' },
      meerMeldingenDan: PEIL,
    },
  },
  {
    regel: R11,
    naam: '2028-03-01: lang na de laatste periode',
    situatie: alleen(1000),
    datum: '2028-03-01',
    verwacht: { nietWaarschijnlijk: NORMROUTES, zekerheid: { meedoenregeling: 'misschien', [CZV]: 'misschien' }, meerMeldingenDan: PEIL },
  },

  // ───────────── Regel 12: procenten van de norm zonder vakantiegeld ─────────────
  {
    regel: R12,
    naam: 'meedoen en collectieve zorgverzekering op 120 %',
    situatie: alleen(1597.71),
    datum: PEIL,
    verwacht: {
      zekerheid: { meedoenregeling: 'waarschijnlijk', [CZV]: 'waarschijnlijk' },
      bedragen: [
        ['meedoenregeling', '€ 1.597,71'],
        [CZV, '€ 1.597,71'],
      ],
    },
  },
  {
    regel: R12,
    naam: 'meedoen en collectieve zorgverzekering 1 cent boven 120 %',
    situatie: alleen(1597.72),
    datum: PEIL,
    verwacht: {
      nietVoorU: ['meedoenregeling', CZV],
      bedragen: [
        ['meedoenregeling', '€ 1.597,71'],
        [CZV, '€ 1.597,71'],
      ],
    },
  },
  {
    regel: R12,
    naam: 'kwijtschelding op 100 %, bijstand dan niet',
    situatie: alleen(1331.43, { vermogen: 0 }),
    datum: PEIL,
    verwacht: { routes: [KWIJTSCHELDING], nietVoorU: ['bijstand'], bedragen: [[KWIJTSCHELDING, '€ 1.331,43']] },
  },
  {
    regel: R12,
    naam: 'kwijtschelding 1 cent boven 100 %',
    situatie: alleen(1331.44, { vermogen: 0 }),
    datum: PEIL,
    verwacht: { nietVoorU: [KWIJTSCHELDING], bedragen: [[KWIJTSCHELDING, '€ 1.331,43']] },
  },
  {
    regel: R12,
    naam: 'individuele inkomenstoeslag op 105 %',
    situatie: alleen(1398.0),
    datum: PEIL,
    verwacht: { routes: [IIT], bedragen: [[IIT, '€ 1.398,00']] },
  },
  {
    regel: R12,
    naam: 'individuele inkomenstoeslag 1 cent boven 105 %',
    situatie: alleen(1398.01),
    datum: PEIL,
    verwacht: { nietVoorU: [IIT], bedragen: [[IIT, '€ 1.398,00']] },
  },
  {
    regel: R12,
    naam: 'paar: bijstand 1 cent onder de paarnorm',
    situatie: paar(1902.01),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, bedragen: [['bijstand', '€ 1.902,02']] },
  },
  {
    regel: R12,
    naam: 'paar: bijstand op de paarnorm',
    situatie: paar(1902.02),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 1.902,02']] },
  },
  {
    regel: R12,
    naam: 'paar: meedoen op 120 % van de paarnorm',
    situatie: paar(2282.42),
    datum: PEIL,
    verwacht: { zekerheid: { meedoenregeling: 'waarschijnlijk' }, bedragen: [['meedoenregeling', '€ 2.282,42']] },
  },
  {
    regel: R12,
    naam: 'paar: meedoen 1 cent boven 120 % van de paarnorm',
    situatie: paar(2282.43),
    datum: PEIL,
    verwacht: { nietVoorU: ['meedoenregeling', CZV], bedragen: [['meedoenregeling', '€ 2.282,42']] },
  },
  {
    regel: R12,
    naam: 'alleenstaande ouder: de norm voor een alleenstaande',
    situatie: alleen(1331.43, { huishouden: 'alleenstaande-ouder', kinderen: 1 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], routes: ['kindregeling'], bedragen: [['bijstand', '€ 1.331,43']] },
  },
  {
    regel: R12,
    naam: 'samenwonend met kinderen: kwijtschelding op 100 % van de paarnorm',
    situatie: paar(1902.02, { huishouden: 'samenwonend-met-kinderen', kinderen: 2, vermogen: 0 }),
    datum: PEIL,
    verwacht: { routes: [KWIJTSCHELDING], bedragen: [[KWIJTSCHELDING, '€ 1.902,02']] },
  },
  {
    regel: R12,
    naam: 'samenwonend met kinderen: kwijtschelding 1 cent boven 100 %',
    situatie: paar(1902.03, { huishouden: 'samenwonend-met-kinderen', kinderen: 2, vermogen: 0 }),
    datum: PEIL,
    verwacht: { nietVoorU: [KWIJTSCHELDING], bedragen: [[KWIJTSCHELDING, '€ 1.902,02']] },
  },

  // ───────────── Regel 13: kostendelersnorm ─────────────
  {
    regel: R13,
    naam: 'kostendeler: 30 jaar, één medebewoner, 1 cent onder de norm',
    situatie: alleen(951.0, { leeftijd: 30, medebewoners27Plus: 1 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, bedragen: [['bijstand', '€ 951,01']] },
  },
  {
    regel: R13,
    naam: 'kostendeler: 30 jaar, één medebewoner, op de norm',
    situatie: alleen(951.01, { leeftijd: 30, medebewoners27Plus: 1 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 951,01']] },
  },
  {
    regel: R13,
    naam: 'kostendeler: twee medebewoners (A = 3), onder de norm',
    situatie: alleen(824.0, { leeftijd: 30, medebewoners27Plus: 2 }),
    datum: PEIL,
    // uitleg: 130/300 × 1.902,02 = 824,2087; the rounding of the kostendelersnorm itself is not fixed
    // (the "round down" rule is for percentages), so both € 824,20 and € 824,21 are accepted and the
    // incomes stay clear of that cent.
    verwacht: { routes: ['bijstand'], bedragen: [['bijstand', /€[ \u00a0]824,2[01](?!\d)/]] },
  },
  {
    regel: R13,
    naam: 'kostendeler: twee medebewoners (A = 3), boven de norm',
    situatie: alleen(824.3, { leeftijd: 30, medebewoners27Plus: 2 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', /€[ \u00a0]824,2[01](?!\d)/]] },
  },
  {
    regel: R13,
    naam: 'kostendeler: paar met één medebewoner, onder de norm',
    situatie: paar(1600, { leeftijd: 30, partnerLeeftijd: 30, medebewoners27Plus: 1 }),
    datum: PEIL,
    // uitleg: A counts the person, the partner and the medebewoner (3); the couple gets the norm per
    // person twice: 2 × 130/300 × 1.902,02 ≈ € 1.648,42. The exact cent is not asserted.
    verwacht: { routes: ['bijstand'] },
  },
  {
    regel: R13,
    naam: 'kostendeler: paar met één medebewoner, boven de norm (onder de paarnorm)',
    situatie: paar(1700, { leeftijd: 30, partnerLeeftijd: 30, medebewoners27Plus: 1 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'] },
  },
  {
    regel: R13,
    naam: 'kostendeler: alleenstaande ouder met één medebewoner',
    situatie: alleen(1000, { huishouden: 'alleenstaande-ouder', kinderen: 1, leeftijd: 35, medebewoners27Plus: 1 }),
    datum: PEIL,
    // uitleg: children under 18 are not in A; A = 2 → € 951,01, so 1.000 is above it.
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', '€ 951,01']] },
  },
  {
    regel: R13,
    naam: 'kostendeler: meedoen blijft op de norm van het huishouden',
    situatie: alleen(1000, { leeftijd: 30, medebewoners27Plus: 1 }),
    datum: PEIL,
    // uitleg: rule 13 changes the bijstand norm only; the municipal percentages stay on the household norm.
    verwacht: { nietVoorU: ['bijstand'], zekerheid: { meedoenregeling: 'waarschijnlijk' }, bedragen: [['meedoenregeling', '€ 1.597,71']] },
  },

  // ───────────── Regel 14: studenten en zelfstandigen ─────────────
  {
    regel: R14,
    naam: 'student: geen bijstand, wel studiefinanciering',
    situatie: alleen(500, { leeftijd: 22, studeert: true }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], routes: ['studiefinanciering'] },
  },
  {
    regel: R14,
    naam: 'student met inkomen boven de norm, onderwerp werk: studiefinanciering',
    situatie: alleen(3000, { leeftijd: 22, studeert: true, onderwerpen: ['werk'] }),
    datum: PEIL,
    verwacht: { routes: ['studiefinanciering', 'werkplein'], geenRoutes: ['bijstand'] },
  },
  {
    regel: R14,
    naam: 'zelfstandige: Bbz in plaats van bijstand',
    situatie: alleen(800, { zelfstandige: true }),
    datum: PEIL,
    // uitleg: "bbz instead of bijstand": bijstand is no route; whether it is listed in nietVoorU is open.
    verwacht: { routes: ['bbz'], geenRoutes: ['bijstand'] },
  },

  // ───────────── Regel 15: vermogen ─────────────
  {
    regel: R15,
    naam: 'vermogen onbekend: bijstand, IIT en kwijtschelding misschien',
    situatie: zonder(alleen(1000), 'vermogen'),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'misschien', [IIT]: 'misschien', [KWIJTSCHELDING]: 'misschien' } },
  },
  {
    regel: R15,
    naam: 'alleenstaand, vermogen precies op de grens € 8.000',
    situatie: alleen(1000, { vermogen: 8000 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' }, routes: [IIT] },
  },
  {
    regel: R15,
    naam: 'alleenstaand, vermogen 1 cent boven € 8.000',
    situatie: alleen(1000, { vermogen: 8000.01 }),
    datum: PEIL,
    // uitleg: the IIT's "vermogen ≤ grens" (rule 6) is read as the same vermogensgrens as bijstand.
    verwacht: { nietVoorU: ['bijstand', IIT], bedragen: [['bijstand', /8\.000/]] },
  },
  {
    regel: R15,
    naam: 'alleenstaande ouder, vermogen op de grens € 16.000',
    situatie: alleen(1000, { huishouden: 'alleenstaande-ouder', kinderen: 1, vermogen: 16000 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' } },
  },
  {
    regel: R15,
    naam: 'alleenstaande ouder, vermogen 1 cent boven € 16.000',
    situatie: alleen(1000, { huishouden: 'alleenstaande-ouder', kinderen: 1, vermogen: 16000.01 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', /16\.000/]] },
  },
  {
    regel: R15,
    naam: 'paar, vermogen op de grens € 16.000',
    situatie: paar(1500, { vermogen: 16000 }),
    datum: PEIL,
    verwacht: { zekerheid: { bijstand: 'waarschijnlijk' } },
  },
  {
    regel: R15,
    naam: 'paar, vermogen 1 cent boven € 16.000',
    situatie: paar(1500, { vermogen: 16000.01 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['bijstand'], bedragen: [['bijstand', /16\.000/]] },
  },
  {
    regel: R15,
    naam: 'IIT: langdurig laag inkomen onbekend: misschien',
    situatie: zonder(alleen(1200, { vermogen: 0 }), 'langdurigLaagInkomen'),
    datum: PEIL,
    verwacht: { zekerheid: { [IIT]: 'misschien' } },
  },
  {
    regel: R15,
    naam: 'IIT: inkomen nog geen 3 jaar laag: niet voor u',
    situatie: alleen(1200, { langdurigLaagInkomen: false }),
    datum: PEIL,
    verwacht: { nietVoorU: [IIT] },
  },

  // ───────────── Regel 16: kwijtschelding ─────────────
  {
    regel: R16,
    naam: 'kwijtschelding: groot vermogen, niet voor u',
    situatie: alleen(1000, { vermogen: 50000 }),
    datum: PEIL,
    verwacht: { nietVoorU: [KWIJTSCHELDING, 'bijstand'] },
  },
  {
    regel: R16,
    naam: 'kwijtschelding: paar met laag inkomen, vermogen onbekend: alleen een signaal',
    situatie: zonder(paar(1500), 'vermogen'),
    datum: PEIL,
    verwacht: { zekerheid: { [KWIJTSCHELDING]: 'misschien' } },
  },

  // ───────────── Regel 17: bijzondere bijstand ─────────────
  {
    regel: R17,
    naam: 'bijzondere bijstand 1 cent boven 120 %: blijft een route, misschien',
    situatie: alleen(1597.72),
    datum: PEIL,
    verwacht: { zekerheid: { 'bijzondere-bijstand': 'misschien' }, nietInNietVoorU: ['bijzondere-bijstand'] },
  },
  {
    regel: R17,
    naam: 'bijzondere bijstand bij een hoog inkomen: nog steeds misschien',
    situatie: alleen(5000),
    datum: PEIL,
    verwacht: { zekerheid: { 'bijzondere-bijstand': 'misschien' }, nietInNietVoorU: ['bijzondere-bijstand'] },
  },
  {
    regel: R17,
    naam: 'bijzondere bijstand onder 120 %: misschien (hangt af van de kosten)',
    situatie: alleen(1000),
    datum: PEIL,
    verwacht: { zekerheid: { 'bijzondere-bijstand': 'misschien' } },
  },

  // ───────────── Regel 18: kindregeling ─────────────
  {
    regel: R18,
    naam: 'alleenstaand, aantal kinderen onbekend: geen kindregeling',
    situatie: zonder(alleen(1000), 'kinderen'),
    datum: PEIL,
    verwacht: { nietVoorU: ['kindregeling'] },
  },
  {
    regel: R18,
    naam: 'samenwonend, 0 kinderen: geen kindregeling',
    situatie: paar(1500, { kinderen: 0 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['kindregeling'] },
  },
  {
    regel: R18,
    naam: 'alleenstaand met 2 kinderen, op 120 %: kindregeling',
    situatie: alleen(1597.71, { kinderen: 2 }),
    datum: PEIL,
    verwacht: { routes: ['kindregeling'], bedragen: [['kindregeling', '€ 1.597,71']] },
  },
  {
    regel: R18,
    naam: 'samenwonend met 2 kinderen, 1 cent boven 120 %: geen kindregeling',
    situatie: paar(2282.43, { kinderen: 2 }),
    datum: PEIL,
    verwacht: { nietVoorU: ['kindregeling'], bedragen: [['kindregeling', '€ 2.282,42']] },
  },
  {
    regel: R18,
    naam: 'alleenstaande ouder, aantal kinderen onbekend: kindregeling',
    situatie: zonder(alleen(1000, { huishouden: 'alleenstaande-ouder' }), 'kinderen'),
    datum: PEIL,
    verwacht: { routes: ['kindregeling'] },
  },

  // ───────────── Regel 19: wonen en status ─────────────
  {
    regel: R19,
    naam: 'geen vaste woonplek: maatschappelijke opvang en briefadres',
    situatie: { onderwerpen: ['wonen'], woonsituatie: 'geen-vaste-woonplek', leeftijd: 35 },
    datum: PEIL,
    verwacht: { routes: ['maatschappelijke-opvang', 'briefadres'] },
  },
  {
    regel: R19,
    naam: 'statushouder: inburgering',
    situatie: { onderwerpen: ['werk'], statushouder: true, leeftijd: 30 },
    datum: PEIL,
    verwacht: { routes: ['inburgering', 'werkplein'] },
  },
  {
    regel: R19,
    naam: 'geen vaste woonplek én statushouder, onderwerp geld: alles samen',
    situatie: zonder(alleen(900, { woonsituatie: 'geen-vaste-woonplek', statushouder: true, leeftijd: 28 }), 'postcode'),
    datum: PEIL,
    verwacht: { routes: ['maatschappelijke-opvang', 'briefadres', 'inburgering', 'geldfit', 'bijstand'] },
  },
];
