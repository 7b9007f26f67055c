/**
 * One typed object with everything pages need, built once per build from the content collections.
 * Pages read from it instead of passing data down long chains of props.
 */
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
import { uiTalen, type Taal } from '../i18n/vertaal';

export type PolisItem = PolisRegel & { slug: string };

export interface Site {
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
  /** Shared legal procedures (terms written once). */
  procedures: Map<string, Procedure>;
  /** The questions of the wegwijzer. */
  vragen: Vragenlijst;
  /** What to bring, per soort of help. */
  meenemen: Map<Soort, string[]>;
  /** A fresh text context for one page (glossary terms are explained once per page). */
  tekstContext(): TekstContext;
}

let site: Promise<Site> | undefined;

async function bouw(): Promise<Site> {
  const [gemeenten, polis, bedragen, onderwerpen, begrippen, organisaties, plekken, wijkteams, routes] = await Promise.all([
    getCollection('gemeente'), getCollection('polis'), getCollection('bedragen'), getCollection('onderwerpen'),
    getCollection('begrippen'), getCollection('organisaties'), getCollection('plekken'), getCollection('wijkteams'),
    getCollection('bezwaarroutes'),
  ]);
  const [instellingen] = await getCollection('wegwijzer');
  const procedures = await getCollection('procedures');
  const [vragen] = await getCollection('vragen');
  const meenemen = await getCollection('meenemen');
  const items = inPolisVolgorde(polis.map((p) => ({ ...p.data, slug: p.id })), verplichteSlugs.spoed);
  const bedragMap = new Map(bedragen.map((b) => [b.data.sleutel, b.data]));
  const polisTitels = new Map(items.map((p) => [p.slug, p.titel]));
  const begripLijst = begrippen.map((b) => b.data).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  const zoeker = maakZoeker(begripLijst.flatMap((b) => [b.term, ...b.varianten].map((vorm) => ({ id: b.id, vorm }))));
  return {
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
    procedures: new Map(procedures.map((p) => [p.data.id, p.data])),
    vragen: vragen!.data,
    meenemen: new Map(meenemen.map((m) => [m.data.soort, m.data.spullen])),
    tekstContext: () => ({ bedragen: bedragMap, polisTitels, begrippen: zoeker, gezien: new Set() }),
  };
}

export function getSite(): Promise<Site> {
  return (site ??= bouw());
}

/** Languages with UI strings that this municipality publishes; one set of pages each. */
export async function taalPaden(): Promise<{ params: { taal: Taal } }[]> {
  const { gemeente } = await getSite();
  return gemeente.talen.filter((t): t is Taal => uiTalen.includes(t as Taal)).map((taal) => ({ params: { taal } }));
}
