/**
 * Evaluates one condition of an entry against a situation: yes, no or unknown, with the reason in
 * the resident's words and the legal basis.
 */
import { aandeel, geldendeWaarde, schrijfBedrag } from '../domain/bedragen';
import type { Bedrag } from '../schemas/bedrag';
import type { Huishouden, Situatie } from '../schemas/situatie';
import type { Voorwaarde, WegwijzerInstellingen } from '../schemas/wegwijzer';
import type { Reden } from '../schemas/advies';
import type { Vertaal } from './polis-voor-advies';
import { inkomenBekend, inkomenBinnen, minstensJaar } from './grenzen';

export type Uitkomst = 'ja' | 'nee' | 'onbekend';

export interface Oordeel {
  uitkomst: Uitkomst;
  reden: Reden;
}

export interface Context {
  situatie: Situatie;
  bedragen: ReadonlyMap<string, Bedrag>;
  instellingen: WegwijzerInstellingen;
  datum: string;
  t: Vertaal;
}

function waarde(ctx: Context, sleutel: string): number {
  const b = ctx.bedragen.get(sleutel);
  const w = b && geldendeWaarde(b, ctx.datum);
  if (!w) throw new Error(`Bedrag "${sleutel}" heeft geen waarde op ${ctx.datum}`);
  return w.waarde;
}

const euro = (n: number) => schrijfBedrag(n, 'euro');

export function aowLeeftijd(ctx: Context): number {
  return waarde(ctx, ctx.instellingen.aowLeeftijd);
}

/** The household's bijstandsnorm on the date: single or couple, below or from AOW age. */
export function norm(ctx: Context, huishouden: Huishouden, vanafAow: boolean): number {
  const n = ctx.instellingen.normen[huishouden];
  return waarde(ctx, vanafAow ? n.vanafAow : n.onderAow);
}

function metGrondslag(tekst: string, v: Voorwaarde): Reden {
  return v.grondslag ? { tekst, grondslag: v.grondslag } : { tekst };
}

export function beoordeel(v: Voorwaarde, ctx: Context): Oordeel {
  const s = ctx.situatie;
  const { t } = ctx;
  const uit = (uitkomst: Uitkomst, sleutel: string, waarden?: Record<string, string | number>): Oordeel => ({
    uitkomst,
    reden: metGrondslag(t(`advies.voorwaarde.${v.soort}.${sleutel}`, waarden), v),
  });

  switch (v.soort) {
    case 'inkomen': {
      const procent = waarde(ctx, v.procentVanNorm);
      const procentTekst = schrijfBedrag(procent, 'procent');
      const vanafAow = minstensJaar(s, aowLeeftijd(ctx));
      if (!inkomenBekend(s) || s.huishouden === undefined || vanafAow === undefined)
        return uit('onbekend', 'onbekend', { procent: procentTekst });
      const grens = aandeel(norm(ctx, s.huishouden, vanafAow), procent);
      const past = inkomenBinnen(s, grens, v.lagerDan);
      if (past === undefined) return uit('onbekend', 'onbekend', { procent: procentTekst });
      const waarden = {
        inkomen: s.nettoInkomenPerMaand === undefined ? '' : euro(s.nettoInkomenPerMaand),
        grens: euro(grens),
        procent: procentTekst,
        huishouden: t(`advies.huishouden.${s.huishouden}`),
        aow: vanafAow ? t('advies.vanafAow') : '',
      };
      // Threshold answers give no exact income: the reason then says on which side of the limit it is.
      const band = s.nettoInkomenPerMaand === undefined ? 'Band' : '';
      return uit(past ? 'ja' : 'nee', `${past ? 'ja' : 'nee'}${v.lagerDan ? 'Lager' : ''}${band}`, waarden);
    }
    case 'vermogen': {
      const grens = s.huishouden ? euro(waarde(ctx, ctx.instellingen.vermogensgrenzen[s.huishouden])) : undefined;
      // The contract counts an unknown vermogen as within the limit: the resident is told the limit.
      if (s.vermogen === undefined) return uit('ja', grens ? 'onbekend' : 'onbekendZonderGrens', grens ? { grens } : {});
      if (!s.huishouden) return uit('ja', 'onbekendZonderGrens');
      const past = s.vermogen <= waarde(ctx, ctx.instellingen.vermogensgrenzen[s.huishouden]);
      return uit(past ? 'ja' : 'nee', past ? 'ja' : 'nee', { vermogen: euro(s.vermogen), grens: grens! });
    }
    case 'leeftijd': {
      const aow = aowLeeftijd(ctx);
      const grenzen = { vanaf: v.vanaf ?? 0, aow: t('eenheid.jaar', { count: aow }) };
      const deel = v.onderAowLeeftijd ? 'TotAow' : '';
      const oudGenoeg = v.vanaf === undefined ? true : minstensJaar(s, v.vanaf);
      const aowBereikt = v.onderAowLeeftijd ? minstensJaar(s, aow) : false;
      const band = s.leeftijd === undefined ? 'Band' : '';
      const metLeeftijd = s.leeftijd === undefined ? grenzen : { ...grenzen, leeftijd: s.leeftijd };
      if (oudGenoeg === false) return uit('nee', `teJong${deel}${band}`, metLeeftijd);
      if (aowBereikt === true) return uit('nee', `aow${band}`, metLeeftijd);
      if (oudGenoeg === true && aowBereikt === false) return uit('ja', `ja${deel}${band}`, metLeeftijd);
      return uit(v.onbekendIsGoed ? 'ja' : 'onbekend', `onbekend${deel}`, grenzen);
    }
    case 'langdurig-laag-inkomen':
      return s.langdurigLaagInkomen === undefined
        ? uit('onbekend', 'onbekend')
        : uit(s.langdurigLaagInkomen ? 'ja' : 'nee', s.langdurigLaagInkomen ? 'ja' : 'nee');
    case 'kinderen': {
      const metKinderen = s.huishouden === 'alleenstaande-ouder' || s.huishouden === 'samenwonend-met-kinderen';
      if ((s.kinderen ?? 0) > 0 || metKinderen) return uit('ja', 'ja');
      if (s.kinderen === 0) return uit('nee', 'nee');
      return uit('onbekend', 'onbekend');
    }
    case 'zelf-niet-oplossen':
      if (s.zelfOplossen === 'nee') return uit('ja', 'ja');
      if (s.zelfOplossen === undefined) return uit('onbekend', 'onbekend');
      return uit('nee', s.zelfOplossen === 'ja' ? 'neeZelf' : 'neeNaasten');
    case 'hangt-af-van-kosten':
      return uit('onbekend', 'onbekend');
  }
}
