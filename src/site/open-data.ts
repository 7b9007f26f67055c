/**
 * The open data of one build, gathered from the site data: the polis dataset, places and wijkteams
 * in HSDS shape, the change notes for the feed and the "Wat is er veranderd" page, and the schema.org
 * JSON-LD of an entry. Each published shape is parsed with its zod schema by the endpoint.
 */
import { geldendeWaarde } from '../domain/bedragen';
import { platteTekst } from '../domain/tekst-weergave';
import { isTaal, vertaler, type Taal } from '../i18n/vertaal';
import type { HsdsDataset, OpenDataPolis, OpenDataRegel } from '../schemas/open-data';
import type { Openingstijd } from '../schemas/openingstijden';
import type { Organisatie } from '../schemas/organisatie';
import { pad } from './paden';
import { getSite, type PolisItem, type Site } from './site';

/** Addresses of the open data and of the change pages (kept here, beside the code that makes them). */
export const openDataPad = {
  /** "Wat is er veranderd": every change note, grouped by date. */
  wijzigingen: (taal: string) => `/${taal}/wijzigingen/`,
  /** The Atom feed of the same notes. */
  feed: (taal: string) => `/${taal}/wijzigingen/feed.xml`,
  /** The page that describes the datasets. */
  pagina: (taal: string) => `/${taal}/open-data/`,
  polis: '/open-data/polis.json',
  polisSchema: '/open-data/polis.schema.json',
  hsds: '/open-data/hsds.json',
  hsdsSchema: '/open-data/hsds.schema.json',
} as const;

/** An address on this site as an absolute URL (the municipality's `siteUrl`). */
export function absoluut(site: Site, pagina: string): string {
  return new URL(pagina, site.gemeente.siteUrl).href;
}

/** The published languages that have UI strings, Dutch first. */
function talen(site: Site): Taal[] {
  return site.gemeente.talen.filter(isTaal);
}

const opId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole polis, every entry with its texts in every published language. */
export async function polisDataset(): Promise<OpenDataPolis> {
  const nl = await getSite('nl');
  const sites = await Promise.all(talen(nl).map((taal) => getSite(taal)));
  const regelingen = [...nl.polis]
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((regel): OpenDataRegel => {
      const sleutel = regel.kosten.eigenBijdrage;
      const waarde = sleutel ? nl.bedragen.get(sleutel) : undefined;
      const geldend = waarde && geldendeWaarde(waarde, nl.datum);
      return {
        slug: regel.slug,
        soort: regel.soort,
        assen: regel.assen,
        onderwerpen: regel.onderwerpen,
        grondslagen: regel.grondslagen,
        ...(regel.upl ? { upl: regel.upl } : {}),
        geldigVanaf: regel.geldigVanaf,
        ...(regel.geldigTot ? { geldigTot: regel.geldigTot } : {}),
        laatstGecontroleerd: regel.laatstGecontroleerd,
        contact: regel.contact,
        ...(sleutel && waarde && geldend ? { eigenBijdrage: { sleutel, waarde: geldend.waarde, eenheid: waarde.eenheid } } : {}),
        wijzigingen: regel.wijzigingen.map((w) => ({ datum: w.datum })),
        teksten: sites.map((site) => {
          const r = site.polisOpSlug.get(regel.slug)!;
          const ctx = site.tekstContext();
          const vlak = (teksten: readonly string[]) => teksten.map((x) => platteTekst(x, ctx, site.datum));
          return {
            taal: site.taal,
            url: absoluut(site, pad.regel(site.taal, regel.slug)),
            vertaling: site.vertaling.polis.get(regel.slug)!,
            titel: r.titel,
            ookBekendAls: r.ookBekendAls,
            inHetKort: vlak(r.inHetKort),
            voorWie: vlak(r.voorWie),
            watKrijgtU: vlak(r.watKrijgtU),
            watDoetUZelf: vlak(r.watDoetUZelf),
            kosten: vlak(r.kosten.tekst),
            aanvragen: vlak(r.aanvragen),
            wijzigingen: r.wijzigingen.map((w) => ({ datum: w.datum, tekst: platteTekst(w.tekst, ctx, w.datum) })),
          };
        }),
      };
    });
  const licentie = nl.gemeente.openData?.licentie;
  return {
    gemeente: { slug: nl.gemeente.slug, naam: nl.gemeente.naam, demo: nl.gemeente.demo, siteUrl: nl.gemeente.siteUrl },
    bouwdatum: nl.datum,
    talen: talen(nl),
    ...(licentie ? { licentie } : {}),
    regelingen,
  };
}


/** Id of the municipality as an organisation: its own record when the content has one. */
function gemeenteOrganisatieId(site: Site): string {
  return `gemeente-${site.gemeente.slug}`;
}

/** The organisation that provides an entry: the first contact organisation, the place's organisation, or the municipality. */
function aanbieder(site: Site, regel: PolisItem): string {
  return (
    regel.contact.organisaties[0] ??
    site.plekken.find((p) => p.id === regel.contact.plekken[0])?.organisatie ??
    gemeenteOrganisatieId(site)
  );
}

const dagCode = { maandag: 'MO', dinsdag: 'TU', woensdag: 'WE', donderdag: 'TH', vrijdag: 'FR', zaterdag: 'SA', zondag: 'SU' } as const;

/** Places, wijkteams, their organisations and the polis entries, in HSDS 3.0 shape (Dutch text). */
export async function hsdsData(): Promise<HsdsDataset> {
  const site = await getSite('nl');
  const t = vertaler('nl');
  const ctx = site.tekstContext();
  const telefoon = (eigenaar: string, nummer?: string, toelichting?: string) =>
    nummer ? [{ id: `${eigenaar}-telefoon`, number: nummer, ...(toelichting ? { description: toelichting } : {}) }] : [];
  const organisaties = [...site.organisaties.values()].map((o) => ({
    id: o.id,
    name: o.naam,
    description: o.omschrijving,
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { website: o.website } : {}),
    phones: telefoon(o.id, o.telefoon, o.telefoonToelichting),
  }));
  const gemeenteId = gemeenteOrganisatieId(site);
  if (!site.organisaties.has(gemeenteId)) {
    const c = site.gemeente.contact;
    organisaties.push({
      id: gemeenteId,
      name: site.gemeente.naam,
      description: t('openData.hsdsGemeente', { gemeente: site.gemeente.naam }),
      email: c.email,
      website: c.website,
      phones: telefoon(gemeenteId, c.telefoon, c.telefoonToelichting),
    });
  }
  for (const w of site.wijkteams) {
    organisaties.push({
      id: w.id,
      name: w.naam,
      description: w.omschrijving.join(' '),
      email: w.email,
      phones: telefoon(w.id, w.telefoon, w.telefoonToelichting),
    });
  }
  const services = site.polis.map((regel) => {
    const org = aanbieder(site, regel);
    const email = site.organisaties.get(org)?.email ?? (org === gemeenteId ? site.gemeente.contact.email : undefined);
    return {
      id: regel.slug,
      organization_id: org,
      name: regel.titel,
      description: regel.inHetKort.map((z) => platteTekst(z, ctx, site.datum)).join(' '),
      url: absoluut(site, pad.regel('nl', regel.slug)),
      ...(email ? { email } : {}),
      status: 'active' as const,
    };
  });
  const locatie = (l: {
    id: string;
    organisatie: string;
    naam: string;
    omschrijving: string;
    adres: { straat: string; postcode: string; plaats: string };
    telefoon?: string;
    toegankelijkheid: string[];
    talen: Taal[] | string[];
  }) => ({
    id: l.id,
    organization_id: l.organisatie,
    name: l.naam,
    description: l.omschrijving,
    location_type: 'physical' as const,
    addresses: [
      { id: `${l.id}-adres`, address_1: l.adres.straat, city: l.adres.plaats, postal_code: l.adres.postcode, country: 'NL' as const, address_type: 'physical' as const },
    ],
    phones: telefoon(l.id, l.telefoon),
    accessibility: l.toegankelijkheid.map((description, i) => ({ id: `${l.id}-toegankelijkheid-${i + 1}`, description })),
    languages: (l.talen as Taal[]).map((code) => ({ id: `${l.id}-taal-${code}`, code })),
  });
  const locations = [
    ...site.plekken.map((p) => locatie(p)),
    ...site.wijkteams.map((w) => locatie({ ...w, organisatie: w.id, omschrijving: w.omschrijving.join(' ') })),
  ];
  const roosters = (locatieId: string, tijden: readonly Openingstijd[]) =>
    tijden.map((o) => ({
      id: `${locatieId}-${dagCode[o.dag].toLowerCase()}-${o.van.replace(':', '')}`,
      location_id: locatieId,
      freq: 'WEEKLY' as const,
      byday: dagCode[o.dag],
      opens_at: o.van,
      closes_at: o.tot,
      ...(o.toelichting ? { description: o.toelichting } : {}),
    }));
  return {
    organizations: organisaties.sort(opId),
    services: services.sort(opId),
    locations: locations.sort(opId),
    service_at_locations: site.plekken.flatMap((p) => p.diensten.map((d) => ({ id: `${p.id}-${d}`, service_id: d, location_id: p.id }))).sort(opId),
    schedules: [...site.plekken, ...site.wijkteams].flatMap((l) => roosters(l.id, l.openingstijden)).sort(opId),
  };
}

/** One change note, ready for the feed and the "Wat is er veranderd" page. */
export interface Wijzigingsregel {
  slug: string;
  titel: string;
  datum: string;
  /** Plain text, amounts as on the note's date. */
  tekst: string;
  /** The entry's page in this language. */
  pad: string;
  /** Position of the note among the entry's notes, counted from the oldest (1 = first), so it never shifts. */
  volgnummer: number;
  /** `'nl'` when the note shows Dutch because its translation is missing. */
  lang: 'nl' | undefined;
}

/** Every change note of every entry, newest first; on the same day in polis order. */
export function wijzigingsregels(site: Site): Wijzigingsregel[] {
  const ctx = site.tekstContext();
  return site.polis
    .flatMap((regel) =>
      regel.wijzigingen.map((w, i) => ({
        slug: regel.slug,
        titel: regel.titel,
        datum: w.datum,
        tekst: platteTekst(w.tekst, ctx, w.datum),
        pad: pad.regel(site.taal, regel.slug),
        volgnummer: regel.wijzigingen.length - i,
        lang: site.nlOp('polis', regel.slug, 'wijzigingen'),
      })),
    )
    .sort((a, b) => (a.datum === b.datum ? 0 : a.datum < b.datum ? 1 : -1));
}

/**
 * A permanent id for one change note in one language: a `tag:` URI (RFC 4151) on the site's host,
 * dated with the note's own date, so it never changes when newer notes are added.
 */
export function wijzigingsId(site: Site, w: Wijzigingsregel): string {
  return `tag:${new URL(site.gemeente.siteUrl).hostname},${w.datum}:polis/${w.slug}/wijziging/${w.volgnummer}/${site.taal}`;
}

/**
 * schema.org JSON-LD for one entry page: a `GovernmentService`.
 * The legal basis goes in `subjectOf` as `Legislation` items: schema.org has no property on a
 * Service for "rests on this law"; `subjectOf` ("a CreativeWork … about this Thing") is the most
 * defensible fit, since each cited article (a `Legislation`, itself a CreativeWork) regulates this
 * service. `legislationIdentifier` carries the article, `name` the law.
 */
export function polisJsonLd(site: Site, slug: string): Record<string, unknown> {
  const regel = site.polisOpSlug.get(slug)!;
  const t = vertaler(site.taal);
  const ctx = site.tekstContext();
  const landelijk = regel.landelijk;
  const org = landelijk ? site.organisaties.get(regel.contact.organisaties[0]!)! : undefined;
  const land = new Intl.DisplayNames([site.taal], { type: 'region' }).of('NL') ?? 'Nederland';
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: regel.titel,
    description: regel.inHetKort.map((z) => platteTekst(z, ctx, site.datum)).join(' '),
    provider: org
      ? { '@type': 'Organization', name: org.naam, ...(org.website ? { url: org.website } : {}) }
      : { '@type': 'GovernmentOrganization', name: site.gemeente.naam, url: site.gemeente.contact.website },
    areaServed: landelijk ? { '@type': 'Country', name: land } : { '@type': 'AdministrativeArea', name: site.gemeente.plaats },
    audience: {
      '@type': 'Audience',
      audienceType: landelijk ? t('openData.publiekLandelijk', { land }) : t('openData.publiekGemeente', { plaats: site.gemeente.plaats }),
    },
    serviceType: t(`soort.${regel.soort}`),
    url: absoluut(site, pad.regel(site.taal, slug)),
    inLanguage: site.taal,
    ...(regel.upl ? { additionalType: regel.upl.uri } : {}),
    subjectOf: regel.grondslagen.map((g) => ({ '@type': 'Legislation', name: g.wet, legislationIdentifier: g.artikel, url: g.url })),
  };
}
