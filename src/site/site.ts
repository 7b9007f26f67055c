/**
 * One typed object with everything pages need, built once per build from the content collections.
 * Pages read from it instead of passing data down long chains of props.
 */
import type { SoortPictogrammen } from '../schemas/soort-pictogrammen';
import { getCollection } from 'astro:content';
import { bouwdatum } from '../config/instellingen';
import { maakZoeker } from '../domain/begrippen-koppelen';
import { inPolisVolgorde } from '../domain/polis-volgorde';
import { verplichteSlugs } from '../content-model/verplichte-slugs';
import type { TekstContext } from '../domain/tekst-weergave';
import type { Bedrag } from '../schemas/bedrag';
import type { Begrip } from '../schemas/begrip';
import type { Bezwaarroute } from '../schemas/bezwaarroute';
import type { Gemeente } from '../schemas/gemeente';
import { onderwerpIds, type Onderwerp } from '../schemas/onderwerp';
import type { Organisatie } from '../schemas/organisatie';
import type { Plek } from '../schemas/plek';
import type { PolisRegel } from '../schemas/polis-regel';
import type { Wijkteam } from '../schemas/wijkteam';
import type { WegwijzerInstellingen } from '../schemas/wegwijzer';
import type { Procedure } from '../schemas/procedure';
import type { Vragenlijst } from '../schemas/vraag';
import type { Soort } from '../schemas/polis-regel-soort';
import { isTaal, vertaler, type Taal } from '../i18n/vertaal';
import { toontNederlands } from '../domain/vertaling-toepassen';
import type { TaalInfo } from '../schemas/taal';
import type { VertaalInfo, VertaaldeInhoud } from '../schemas/vertaalde-inhoud';

export type PolisItem = PolisRegel & {
  slug: string;
  /** The entry is national (`content/nationaal/polis/`): the same in every municipality. */
  landelijk: boolean;
  /** The municipality's own contacts for a national entry (`lokaal.yaml`), shown apart. */
  lokaal: { organisaties: string[]; plekken: string[] };
};

/** How each kind of record on a page was translated, per id; Dutch records are the source. */
export interface Vertaalstand {
  polis: ReadonlyMap<string, VertaalInfo>;
  begrippen: ReadonlyMap<string, VertaalInfo>;
  onderwerpen: ReadonlyMap<string, VertaalInfo>;
  organisaties: ReadonlyMap<string, VertaalInfo>;
  plekken: ReadonlyMap<string, VertaalInfo>;
  wijkteams: ReadonlyMap<string, VertaalInfo>;
  bezwaarroutes: ReadonlyMap<string, VertaalInfo>;
  procedures: ReadonlyMap<string, VertaalInfo>;
  meenemen: ReadonlyMap<string, VertaalInfo>;
  gemeente: VertaalInfo;
  vragen: VertaalInfo;
  perVraag: ReadonlyMap<string, VertaalInfo>;
}

type RecordSoort = { [K in keyof Vertaalstand]: Vertaalstand[K] extends ReadonlyMap<string, VertaalInfo> ? K : never }[keyof Vertaalstand];

export interface Site {
  /** The language of this copy of the site. */
  taal: Taal;
  /** This language's name, direction and UI status. */
  taalInfo: TaalInfo;
  /** The languages this municipality publishes, Dutch first. */
  talen: TaalInfo[];
  /** How the content in this language was translated (everything `vertaald` in Dutch). */
  vertaling: Vertaalstand;
  gemeente: Gemeente;
  /** Build date: amounts and validity are shown as they stand on this day. */
  datum: string;
  /** In polis order; crisis lines 112, Veilig Thuis, 113 first. */
  polis: PolisItem[];
  polisOpSlug: Map<string, PolisItem>;
  bedragen: Map<string, Bedrag>;
  onderwerpen: Onderwerp[];
  begrippen: Begrip[];
  organisaties: Map<string, Organisatie>;
  plekken: Plek[];
  wijkteams: Wijkteam[];
  bezwaarroutes: Map<string, Bezwaarroute>;
  /** Which amounts the wegwijzer uses for norms and limits. */
  wegwijzer: WegwijzerInstellingen;
  /** Pictogram name per soort of help. */
  soortPictogram: SoortPictogrammen;
  /** Shared legal procedures (terms written once). */
  procedures: Map<string, Procedure>;
  /** The questions of the wegwijzer. */
  vragen: Vragenlijst;
  /** What to bring, per soort of help. */
  meenemen: Map<Soort, string[]>;
  /**
   * `'nl'` when a record (or one of its fields) shows the Dutch source on a page in another language,
   * for the `lang` attribute; `undefined` otherwise.
   */
  nlOp(soort: RecordSoort, id: string, veld?: string): 'nl' | undefined;
  /** A fresh text context for one page (glossary terms are explained once per page). */
  tekstContext(): TekstContext;
}

const sites = new Map<Taal, Promise<Site>>();

/** The source is its own translation: complete and reviewed. */
const bron: VertaalInfo = { status: 'vertaald', gemaakt: 'mens', nagekeken: true, nlVelden: [] };

async function bouw(taal: Taal): Promise<Site> {
  const [nlGemeenten, nlPolis, bedragen, nlOnderwerpen, nlBegrippen, nlOrganisaties, nlPlekken, nlWijkteams, nlRoutes] = await Promise.all([
    getCollection('gemeente'), getCollection('polis'), getCollection('bedragen'), getCollection('onderwerpen'),
    getCollection('begrippen'), getCollection('organisaties'), getCollection('plekken'), getCollection('wijkteams'),
    getCollection('bezwaarroutes'),
  ]);
  const [instellingen] = await getCollection('wegwijzer');
  const [soortPictogrammen] = await getCollection('soorten');
  const nlProcedures = await getCollection('procedures');
  const [nlVragen] = await getCollection('vragen');
  const nlMeenemen = await getCollection('meenemen');
  const [talenEntry] = await getCollection('talen');
  const v: VertaaldeInhoud | undefined = taal === 'nl' ? undefined : (await getCollection('vertalingen')).find((e) => e.id === taal)?.data;
  // A published language without a translation entry is a build bug, not a fallback.
  if (taal !== 'nl' && !v) throw new Error(`Geen vertaalde inhoud voor ${taal}`);
  const kies = <T>(nl: { data: T }[], vertaald: { data: T; info: VertaalInfo }[] | undefined) =>
    vertaald ? vertaald.map((x) => ({ data: x.data, info: x.info })) : nl.map((x) => ({ data: x.data, info: bron }));
  const gemeenten = v ? [v.gemeente] : nlGemeenten;
  const polis = v ? v.polis.map((p) => ({ id: p.slug, data: p.data, info: p.info })) : nlPolis.map((p) => ({ id: p.id, data: p.data, info: bron }));
  const onderwerpen = kies(nlOnderwerpen, v?.lijsten.onderwerpen);
  const begrippen = kies(nlBegrippen, v?.lijsten.begrippen);
  const organisaties = kies(nlOrganisaties, v?.lijsten.organisaties);
  const plekken = kies(nlPlekken, v?.lijsten.plekken);
  const wijkteams = kies(nlWijkteams, v?.lijsten.wijkteams);
  const routes = kies(nlRoutes, v?.lijsten.bezwaarroutes);
  const procedures = kies(nlProcedures, v?.lijsten.procedures);
  const meenemen = kies(nlMeenemen, v?.lijsten.meenemen);
  const vragen = v ? v.vragen : nlVragen!;
  const alleTalen = talenEntry!.data.talen;
  const gepubliceerd = gemeenten[0]!.data.talen;
  const perId = <T>(lijst: { data: T; info: VertaalInfo }[], id: (d: T) => string) => new Map(lijst.map((x) => [id(x.data), x.info]));
  const herkomst = new Map((await getCollection('herkomst')).map((h) => [h.id, h.data]));
  const items = inPolisVolgorde(
    polis.map((p) => ({ ...p.data, slug: p.id, landelijk: herkomst.get(p.id)!.landelijk, lokaal: herkomst.get(p.id)!.lokaal })),
    verplichteSlugs.spoed,
  );
  const bedragMap = new Map(bedragen.map((b) => [b.data.sleutel, b.data]));
  const polisTitels = new Map(items.map((p) => [p.slug, p.titel]));
  const t = vertaler(taal);
  const jaren = (aantal: number) => t('eenheid.jaar', { count: aantal });
  const begripLijst = begrippen.map((b) => b.data).sort((a, b) => a.term.localeCompare(b.term, taal));
  const zoeker = maakZoeker(begripLijst.flatMap((b) => [b.term, ...b.varianten].map((vorm) => ({ id: b.id, vorm }))));
  const vertaling: Vertaalstand = {
    polis: new Map(polis.map((p) => [p.id, p.info])),
    begrippen: perId(begrippen, (b) => b.id),
    onderwerpen: perId(onderwerpen, (o) => o.id),
    organisaties: perId(organisaties, (o) => o.id),
    plekken: perId(plekken, (p) => p.id),
    wijkteams: perId(wijkteams, (w) => w.id),
    bezwaarroutes: perId(routes, (r) => r.id),
    procedures: perId(procedures, (p) => p.id),
    meenemen: perId(meenemen, (m) => m.soort),
    gemeente: v ? v.gemeente.info : bron,
    vragen: v ? v.vragen.info : bron,
    perVraag: new Map(Object.entries(v ? v.vragen.perVraag : {})),
  };
  return {
    taal,
    taalInfo: alleTalen.find((t) => t.code === taal)!,
    talen: gepubliceerd.map((code) => alleTalen.find((t) => t.code === code)!),
    vertaling,
    nlOp: (soort, id, veld = '') => {
      const info = vertaling[soort].get(id);
      return taal !== 'nl' && info && toontNederlands(info, veld) ? 'nl' : undefined;
    },
    gemeente: gemeenten[0]!.data,
    datum: bouwdatum(),
    polis: items,
    polisOpSlug: new Map(items.map((p) => [p.slug, p])),
    bedragen: bedragMap,
    onderwerpen: onderwerpen.map((o) => o.data).sort((a, b) => onderwerpIds.indexOf(a.id) - onderwerpIds.indexOf(b.id)),
    begrippen: begripLijst,
    organisaties: new Map(organisaties.map((o) => [o.data.id, o.data])),
    plekken: plekken.map((p) => p.data).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    wijkteams: wijkteams.map((w) => w.data).sort((a, b) => a.postcodegebieden[0]!.van - b.postcodegebieden[0]!.van),
    bezwaarroutes: new Map(routes.map((r) => [r.data.id, r.data])),
    wegwijzer: instellingen!.data,
    soortPictogram: soortPictogrammen!.data,
    procedures: new Map(procedures.map((p) => [p.data.id, p.data])),
    vragen: vragen.data,
    meenemen: new Map(meenemen.map((m) => [m.data.soort, m.data.spullen])),
    tekstContext: () => ({ bedragen: bedragMap, polisTitels, begrippen: zoeker, gezien: new Set(), jaren }),
  };
}

export function getSite(taal: Taal): Promise<Site> {
  let site = sites.get(taal);
  if (!site) sites.set(taal, (site = bouw(taal)));
  return site;
}

/** Languages with UI strings that this municipality publishes; one set of pages each. */
export async function taalPaden(): Promise<{ params: { taal: Taal } }[]> {
  const { gemeente } = await getSite('nl');
  return gemeente.talen.filter(isTaal).map((taal) => ({ params: { taal } }));
}

/** Every polis entry in every language: the same slugs everywhere. */
export async function polisPaden(): Promise<{ params: { taal: Taal; slug: string } }[]> {
  const site = await getSite('nl');
  return (await taalPaden()).flatMap(({ params }) => site.polis.map((p) => ({ params: { ...params, slug: p.slug } })));
}

/**
 * The entry pages plus, in every language, a redirect page at each former slug (`eerdereSlugs`);
 * `naar` is the current slug the redirect page leads to.
 */
export async function polisPadenMetEerdere(): Promise<{ params: { taal: Taal; slug: string }; props: { naar?: string } }[]> {
  const site = await getSite('nl');
  const eerdere = (await taalPaden()).flatMap(({ params }) =>
    site.polis.flatMap((p) => p.eerdereSlugs.map((oud) => ({ params: { ...params, slug: oud }, props: { naar: p.slug } }))),
  );
  return [...(await polisPaden()).map((p) => ({ ...p, props: {} })), ...eerdere];
}
