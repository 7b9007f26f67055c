/**
 * Everything the wegwijzer island needs to ask its questions and show the advice, for one language.
 * It is served as a static JSON file next to the start page (`gegevens.json`), not as the island's
 * props: inlined in the HTML it made the start page too big for the first round trip on a slow phone.
 */
import type { PolisVoorAdvies } from '../engine/polis-voor-advies';
import { normSleutels } from '../engine/verlopen';
import type { Vragenlijst } from '../schemas/vraag';
import type { Tekstboom } from '../domain/vertaal-boom';
import { nlWoordenOveral } from '../domain/tekst-verwijzingen';
import { platteTekst } from '../domain/tekst-weergave';
import { perDag, schrijfTijd } from '../domain/openingstijden';
import { pictogramSvg } from '../content-model/pictogrammen';
import { tekstdelen, vertaler, type Taal } from '../i18n/vertaal';
import { pad } from './paden';
import { getSite, type Site } from './site';
import { polisVoorAdviesUitSite } from './wegwijzer-paginas';

export interface WegwijzerGegevens {
  polis: PolisVoorAdvies;
  vragen: Vragenlijst;
  datum: string;
  /** Per entry: title, one line, the first steps to take and URL. */
  regels: Record<string, { titel: string; kort: string; stappen: string[]; url: string }>;
  /** Per wijkteam: page, address and opening hours as one line each. */
  wijkteams: Record<string, { url: string; adres: string; tijden: string[] }>;
  /** Pictogram SVG per topic, from the build (decorative). */
  pictogrammen: Record<string, string>;
  /** Pictogram markup per soort of help, shown beside the soort's name in the advice. */
  soortPictogrammen: Record<string, string>;
  /** What to bring, per soort of help. */
  meenemen: Record<string, string[]>;
  /** Phone numbers on the "Bel nu 112" screen, from the national organisations. */
  spoedNummers: { alarm: string; veiligThuis?: string; zelfmoord?: string };
  teksten: Tekstboom;
  /**
   * On a page in another language: the same texts in Dutch, for side by side and the printed sheet.
   * Not in `gegevens.json`: the island adds it from `gegevens-nl.json` (see `nlPakket`).
   */
  nl?: NlPakket;
}

/** What the advice needs to be shown in Dutch next to the resident's language. */
export interface NlPakket {
  regels: WegwijzerGegevens['regels'];
  vragen: Vragenlijst;
  meenemen: WegwijzerGegevens['meenemen'];
  teksten: Tekstboom;
  onderwerpTitels: Record<string, string>;
  eigenNaam: string;
}

const tekstSubbomen = ['wegwijzer', 'js', 'soort', 'advies', 'blad', 'openingstijden', 'naastElkaar', 'eenheid'];

function regelsVan(s: Site): WegwijzerGegevens['regels'] {
  const ctx = s.tekstContext();
  return Object.fromEntries(
    s.polis.map((p) => [
      p.slug,
      {
        titel: p.titel,
        kort: platteTekst(p.inHetKort[0]!, ctx, s.datum),
        stappen: p.aanvragen.slice(0, 2).map((x) => platteTekst(x, ctx, s.datum)),
        url: pad.regel(s.taal, p.slug),
      },
    ]),
  );
}

/** The engine needs the values and periods of amounts, not their descriptions and sources: smaller file. */
function zonderBronnen(polis: PolisVoorAdvies): PolisVoorAdvies {
  // Only the amounts the rules test: norms, AOW age, asset limits and the percentages of the conditions.
  const nodig = new Set([
    ...normSleutels(polis.instellingen),
    ...polis.regels.flatMap((r) => (r.wegwijzer?.voorwaarden ?? []).flatMap((v) => (v.soort === 'inkomen' ? [v.procentVanNorm] : []))),
  ]);
  return {
    ...polis,
    bedragen: polis.bedragen.filter((b) => nodig.has(b.sleutel)).map((b) => ({ ...b, omschrijving: '', waarden: b.waarden.map((w) => ({ ...w, bron: { naam: '', zekerheid: w.bron.zekerheid } })) })),
  };
}

/**
 * On a page in another language the advice is also shown, and printed, in Dutch. That part is its
 * own file (`gegevens-nl.json`), fetched after the first question is on screen: it is a third of
 * the data and the first question does not need it.
 */
export async function nlPakket(): Promise<NlPakket> {
  const nlSite = await getSite('nl');
  return {
    regels: regelsVan(nlSite),
    vragen: nlSite.vragen,
    meenemen: Object.fromEntries(nlSite.meenemen),
    teksten: tekstdelen('nl', tekstSubbomen) as Tekstboom,
    onderwerpTitels: Object.fromEntries(nlSite.onderwerpen.map((o) => [o.id, o.titel])),
    eigenNaam: nlSite.taalInfo.eigenNaam,
  };
}

export async function wegwijzerGegevens(taal: Taal): Promise<WegwijzerGegevens> {
  const site = await getSite(taal);
  const t = vertaler(taal);
  const wijkteams = Object.fromEntries(
    site.wijkteams.map((w) => [
      w.id,
      {
        url: pad.wijkteam(taal, w.id),
        adres: `${w.adres.straat}, ${w.adres.postcode} ${w.adres.plaats}`,
        tijden: perDag(w.openingstijden).map(
          (d) => `${t(`dag.${d.dag}`)}: ${d.tijden.map((x) => t('openingstijden.vanTot', { van: schrijfTijd(x.van), tot: schrijfTijd(x.tot) }) + (x.toelichting ? ` (${x.toelichting})` : '')).join(', ')}`,
        ),
      },
    ]),
  );
  return {
    polis: nlWoordenOveral(zonderBronnen(polisVoorAdviesUitSite(site))),
    vragen: nlWoordenOveral(site.vragen),
    datum: site.datum,
    regels: regelsVan(site),
    wijkteams,
    pictogrammen: Object.fromEntries(site.onderwerpen.map((o) => [o.id, pictogramSvg(o.pictogram)])),
    soortPictogrammen: Object.fromEntries(Object.entries(site.soortPictogram).map(([s, naam]) => [s, pictogramSvg(naam)])),
    // The island renders text as plain text: Dutch counter words go in as isolated words.
    meenemen: nlWoordenOveral(Object.fromEntries(site.meenemen)),
    spoedNummers: {
      alarm: site.organisaties.get('alarmnummer')?.telefoon ?? '112',
      ...(site.organisaties.get('veilig-thuis')?.telefoon ? { veiligThuis: site.organisaties.get('veilig-thuis')!.telefoon! } : {}),
      ...(site.organisaties.get('113-zelfmoordpreventie')?.telefoon ? { zelfmoord: site.organisaties.get('113-zelfmoordpreventie')!.telefoon! } : {}),
    },
    teksten: tekstdelen(taal, tekstSubbomen) as Tekstboom,
  };
}
