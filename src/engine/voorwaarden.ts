/**
 * Evaluates one condition of an entry against a situation: yes, no or unknown, with the reason in
 * the resident's words and the legal basis. Amounts come from the dated table; a date past the last
 * period of an amount never decides silently: the condition becomes unknown, with that reason.
 */
import { aandeel, schrijfBedrag, waardeOpDatum } from '../domain/bedragen';
import type { Bedrag } from '../schemas/bedrag';
import type { Situatie } from '../schemas/situatie';
import { metPartner } from '../domain/huishouden';
import type { Voorwaarde, WegwijzerInstellingen } from '../schemas/wegwijzer';
import type { Reden } from '../schemas/advies';
import type { Vertaal } from './polis-voor-advies';
import { inkomenBekend, inkomenBinnen, vermogenBinnen } from './grenzen';
import { aowHuishouden, aowMaanden, aowTekst, partnerMinstens, persoonMinstens, type Drie } from './leeftijden';

export type Uitkomst = 'ja' | 'nee' | 'onbekend';

export interface Oordeel {
  uitkomst: Uitkomst;
  /** Absent for a condition that holds without anything to say (a fact that was not asked). */
  reden?: Reden;
}

export interface Context {
  situatie: Situatie;
  bedragen: ReadonlyMap<string, Bedrag>;
  instellingen: WegwijzerInstellingen;
  datum: string;
  t: Vertaal;
}

/** Amounts read while judging one condition: stale ones lower the certainty. */
interface Spoor {
  verlopenTot?: string;
}

class GeenBedrag extends Error {}

/** The value of an amount on the date; past the last period the last value, recorded in `spoor`. */
export function waarde(ctx: Context, sleutel: string, spoor?: Spoor): number {
  const b = ctx.bedragen.get(sleutel);
  const w = b && waardeOpDatum(b, ctx.datum);
  if (!w) throw new GeenBedrag(`Bedrag "${sleutel}" heeft geen waarde op ${ctx.datum}`);
  if (w.verlopen && spoor && (!spoor.verlopenTot || w.waarde.geldigTot! < spoor.verlopenTot)) spoor.verlopenTot = w.waarde.geldigTot!;
  return w.waarde.waarde;
}

const euro = (n: number) => schrijfBedrag(n, 'euro');

/** Both values when a fact is unknown, so every case can be tried. */
const opties = (x: Drie): boolean[] => (x === undefined ? [true, false] : [x]);

interface Norm {
  bedrag: number;
  /** Filled in as `{{aow}}` after the household in the reasons: which norm this is. */
  tekst: string;
}

/** Every norm the situation may have (more than one while an age is unknown). */
function normen(ctx: Context, soortNorm: 'huishouden' | 'bijstand' | 'aow', spoor: Spoor): Norm[] | undefined {
  const s = ctx.situatie;
  if (!s.huishouden) return undefined;
  const n = ctx.instellingen.normen[s.huishouden];
  const koppel = metPartner(s.huishouden);
  const uit: Norm[] = [];
  const aow = soortNorm === 'aow' ? [true] : opties(aowHuishouden(s, aowMaanden(ctx, spoor)));
  for (const a of aow) {
    if (a) {
      uit.push({ bedrag: waarde(ctx, n.vanafAow, spoor), tekst: ctx.t('advies.vanafAow') });
      continue;
    }
    if (soortNorm === 'huishouden') {
      uit.push({ bedrag: waarde(ctx, n.onderAow, spoor), tekst: '' });
      continue;
    }
    for (const p of opties(persoonMinstens(s, 21 * 12)))
      for (const q of koppel ? opties(partnerMinstens(s, 21 * 12)) : [true]) {
        const jongKey = !p && (!koppel || !q) ? n.jongeren : !p || !q ? n.jongerenPartnerOuder : undefined;
        if (jongKey) uit.push({ bedrag: waarde(ctx, jongKey, spoor), tekst: ctx.t('advies.normJongeren') });
        else if ((s.medebewoners27Plus ?? 0) > 0) uit.push(kostendelersnorm(ctx, koppel, s.medebewoners27Plus!, spoor));
        else uit.push({ bedrag: waarde(ctx, n.onderAow, spoor), tekst: '' });
      }
  }
  return uit;
}

/** Pw art. 22a: per person ((40 + A × 30) / (A × 100)) × the couple norm; A counts everyone 27+ in the home. */
function kostendelersnorm(ctx: Context, koppel: boolean, medebewoners: number, spoor: Spoor): Norm {
  const a = medebewoners + (koppel ? 2 : 1);
  const perPersoon = (40 + a * 30) / (a * 100);
  const basis = waarde(ctx, ctx.instellingen.normen.samenwonend.onderAow, spoor);
  return { bedrag: aandeel(basis, perPersoon * (koppel ? 2 : 1) * 100), tekst: ctx.t('advies.normKostendelers') };
}

function metGrondslag(tekst: string, v: Voorwaarde): Reden {
  return v.grondslag ? { tekst, grondslag: v.grondslag } : { tekst };
}

export function beoordeel(v: Voorwaarde, ctx: Context): Oordeel {
  const spoor: Spoor = {};
  let oordeel: Oordeel;
  try {
    oordeel = beoordeelMetSpoor(v, ctx, spoor);
  } catch (fout) {
    if (!(fout instanceof GeenBedrag)) throw fout;
    return { uitkomst: 'onbekend', reden: metGrondslag(ctx.t('advies.voorwaarde.geenBedrag'), v) };
  }
  if (!spoor.verlopenTot) return oordeel;
  // Past the last period of an amount: the last figures are shown, but they cannot decide.
  const let_op = ctx.t('advies.voorwaarde.verlopen', { datum: spoor.verlopenTot });
  const tekst = oordeel.reden ? `${oordeel.reden.tekst} ${let_op}` : let_op;
  return { uitkomst: 'onbekend', reden: metGrondslag(tekst, v) };
}

function beoordeelMetSpoor(v: Voorwaarde, ctx: Context, spoor: Spoor): Oordeel {
  const s = ctx.situatie;
  const { t } = ctx;
  const uit = (uitkomst: Uitkomst, sleutel: string, waarden?: Record<string, string | number>): Oordeel => ({
    uitkomst,
    reden: metGrondslag(t(`advies.voorwaarde.${v.soort}.${sleutel}`, waarden), v),
  });

  switch (v.soort) {
    case 'inkomen': {
      const procent = waarde(ctx, v.procentVanNorm, spoor);
      const procentTekst = schrijfBedrag(procent, 'procent');
      const kandidaten = inkomenBekend(s) ? normen(ctx, v.norm, spoor) : undefined;
      if (!kandidaten) return uit('onbekend', 'onbekend', { procent: procentTekst });
      const grenzen = kandidaten.map((n) => ({ ...n, grens: aandeel(n.bedrag, procent) }));
      const uitkomsten = grenzen.map((g) => inkomenBinnen(s, g.grens, v.lagerDan));
      if (uitkomsten.some((u) => u === undefined) || new Set(uitkomsten).size > 1) {
        const bedragen = grenzen.map((g) => g.grens).sort((a, b) => a - b);
        if (bedragen[0] === bedragen.at(-1)) return uit('onbekend', 'onbekend', { procent: procentTekst });
        return uit('onbekend', 'onbekendNorm', { laag: euro(bedragen[0]!), hoog: euro(bedragen.at(-1)!) });
      }
      const past = uitkomsten[0]!;
      // The reason names the limit that decides for every case: the lowest for yes, the highest for no.
      const g = [...grenzen].sort((a, b) => (past ? a.grens - b.grens : b.grens - a.grens))[0]!;
      const waarden = {
        inkomen: s.nettoInkomenPerMaand === undefined ? '' : euro(s.nettoInkomenPerMaand),
        grens: euro(g.grens),
        procent: procentTekst,
        huishouden: t(`advies.huishouden.${s.huishouden!}`),
        aow: g.tekst,
      };
      // Threshold answers give no exact income: the reason then says on which side of the limit it is.
      const band = s.nettoInkomenPerMaand === undefined ? 'Band' : '';
      if (!past && v.bovenGrens === 'misschien') return uit('onbekend', `neeDeel${band}`, waarden);
      return uit(past ? 'ja' : 'nee', `${past ? 'ja' : 'nee'}${v.lagerDan ? 'Lager' : ''}${band}`, waarden);
    }
    case 'vermogen': {
      if (!s.huishouden) return uit('onbekend', 'onbekendZonderGrens');
      const grensBedrag = waarde(ctx, ctx.instellingen.vermogensgrenzen[s.huishouden], spoor);
      const grens = euro(grensBedrag);
      const past = vermogenBinnen(s, grensBedrag);
      // Rule 15: an unknown vermogen is not "within the limit".
      if (past === undefined) return uit('onbekend', 'onbekend', { grens });
      const band = s.vermogen === undefined ? 'Band' : '';
      const waarden = { vermogen: s.vermogen === undefined ? '' : euro(s.vermogen), grens };
      if (past && v.alleenBovengrens) return uit('onbekend', 'bovengrens', waarden);
      return uit(past ? 'ja' : 'nee', `${past ? 'ja' : 'nee'}${band}`, waarden);
    }
    case 'leeftijd':
      return leeftijd(v, ctx, spoor, uit);
    case 'langdurig-laag-inkomen':
      return s.langdurigLaagInkomen === undefined
        ? uit('onbekend', 'onbekend')
        : uit(s.langdurigLaagInkomen ? 'ja' : 'nee', s.langdurigLaagInkomen ? 'ja' : 'nee');
    case 'kinderen': {
      if ((s.kinderen ?? 0) > 0 || s.huishouden === 'alleenstaande-ouder' || s.huishouden === 'samenwonend-met-kinderen') return uit('ja', 'ja');
      // Rule 18: a household kind without children, or zero children, means no children at home.
      if (s.kinderen === 0 || s.huishouden === 'alleenstaand' || s.huishouden === 'samenwonend') return uit('nee', 'nee');
      return uit('onbekend', 'onbekend');
    }
    case 'zelf-niet-oplossen':
      if (s.zelfOplossen === 'nee') return uit('ja', 'ja');
      if (s.zelfOplossen === undefined) return uit('onbekend', 'onbekend');
      return uit('nee', s.zelfOplossen === 'ja' ? 'neeZelf' : 'neeNaasten');
    case 'hangt-af-van-kosten':
      return uit('onbekend', 'onbekend');
    case 'kenmerk': {
      const w = s[v.veld];
      if (w === v.moet) return { uitkomst: 'ja' };
      // Not asked: no effect on the advice (the contract), but the resident is told what would change it.
      if (w === undefined) return v.moet ? { uitkomst: 'ja' } : uit('ja', `${v.veld}.onbekend`);
      return uit('nee', `${v.veld}.${w ? 'ja' : 'nee'}`);
    }
    case 'huurt':
      if (s.woonsituatie === 'huurwoning') return uit('ja', 'ja');
      if (s.woonsituatie === 'koopwoning' || s.woonsituatie === 'geen-vaste-woonplek') return uit('nee', s.woonsituatie);
      return uit('onbekend', s.woonsituatie === 'inwonend' ? 'inwonend' : 'onbekend');
    case 'onderhoudsplicht-ouders': {
      const oud = persoonMinstens(s, v.totLeeftijd * 12);
      if (oud === false) return uit('onbekend', 'onbekend', { tot: v.totLeeftijd });
      return { uitkomst: 'ja' };
    }
    case 'beoordeling':
      return uit('onbekend', v.wat);
  }
}

type Uit = (uitkomst: Uitkomst, sleutel: string, waarden?: Record<string, string | number>) => Oordeel;

function leeftijd(v: Extract<Voorwaarde, { soort: 'leeftijd' }>, ctx: Context, spoor: Spoor, uit: Uit): Oordeel {
  const s = ctx.situatie;
  const aowM = v.onderAowLeeftijd || v.vanafAowLeeftijd ? aowMaanden(ctx, spoor) : undefined;
  const aow = aowM === undefined ? '' : aowTekst(ctx.t, aowM);
  const band = s.leeftijd === undefined ? 'Band' : '';
  const grenzen: Record<string, string | number> = { vanaf: v.vanaf ?? 0, aow, tot: v.jongerDan ?? 0 };
  if (s.leeftijd !== undefined) grenzen.leeftijd = s.leeftijd;
  const deel = v.onderAowLeeftijd ? 'TotAow' : '';

  const oudGenoeg = v.vanaf === undefined ? true : persoonMinstens(s, v.vanaf * 12);
  if (oudGenoeg === false) return uit('nee', `teJong${deel}${band}`, grenzen);
  const jongGenoeg = v.jongerDan === undefined ? true : persoonMinstens(s, v.jongerDan * 12) === undefined ? undefined : !persoonMinstens(s, v.jongerDan * 12);
  if (jongGenoeg === false) return uit('nee', 'teOud', grenzen);

  let aowBereikt: Drie = false;
  if (aowM !== undefined) aowBereikt = aowHuishouden(s, aowM);
  const doorPartner = aowBereikt === true && persoonMinstens(s, aowM ?? 0) !== true;
  if (v.onderAowLeeftijd && aowBereikt === true) return uit('nee', doorPartner ? 'aowPartner' : `aow${band}`, grenzen);
  if (v.vanafAowLeeftijd && aowBereikt === false) return uit('nee', metPartner(s.huishouden) ? 'onderAow' : 'onderAowAlleen', grenzen);

  const zeker = oudGenoeg === true && jongGenoeg === true && aowBereikt !== undefined;
  if (zeker) {
    if (v.vanafAowLeeftijd) return uit('ja', 'vanafAow', grenzen);
    if (v.jongerDan !== undefined && v.vanaf === undefined) return uit('ja', 'jaJonger', grenzen);
    return uit('ja', `ja${deel}${band}`, grenzen);
  }
  if (v.onbekendIsGoed) return uit('ja', `onbekend${deel}`, grenzen);
  // Rule 9: a whole-year age that equals the AOW years (with months) cannot decide.
  if (aowBereikt === undefined && oudGenoeg === true && jongGenoeg === true) return uit('onbekend', 'onbekendAow', grenzen);
  return uit('onbekend', v.vanafAowLeeftijd ? 'onbekendAow' : `onbekend${deel}`, grenzen);
}

/**
 * The income limits an `inkomen` condition may have for this situation (one per possible norm), for
 * the threshold questions without JavaScript. Amounts without a value give none.
 */
export function mogelijkeInkomensgrenzen(v: Extract<Voorwaarde, { soort: 'inkomen' }>, ctx: Context): number[] {
  try {
    const procent = waarde(ctx, v.procentVanNorm);
    return (normen(ctx, v.norm, {}) ?? []).map((n) => aandeel(n.bedrag, procent));
  } catch (fout) {
    if (fout instanceof GeenBedrag) return [];
    throw fout;
  }
}
