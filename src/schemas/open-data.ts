/**
 * The shapes this site publishes as open data under `/open-data/`: the polis as one dataset
 * (`polis.json`) and the places and wijkteams in the shape of Open Referral HSDS 3.0 (`hsds.json`).
 * The JSON Schemas published beside them are generated from these schemas with `z.toJSONSchema`.
 * Fields of an entry reuse the polis schema's own pieces, so nothing about an entitlement is
 * described twice.
 */
import { z } from 'zod';
import { alineas, datum, email, slug, taal, tekst, telefoon, url, wijziging } from './gedeeld';
import { eenheden } from './bedrag';
import { openDataLicentie } from './gemeente';
import { polisRegel } from './polis-regel';
import { vertaalInfo } from './vertaalde-inhoud';

/** The structured part of an entry, the same in every language (Dutch ids, dates, legal basis). */
const structuur = polisRegel.pick({
  soort: true,
  assen: true,
  onderwerpen: true,
  grondslagen: true,
  upl: true,
  geldigVanaf: true,
  geldigTot: true,
  laatstGecontroleerd: true,
  contact: true,
});

/** The monthly own contribution (or other amount) of an entry, as it stands on the build date. */
export const openDataEigenBijdrage = z
  .object({
    /** Key of the amount in the dated amounts table, e.g. `wmo-abonnementstarief`. */
    sleutel: slug,
    /** The value on the build date, in `eenheid`. */
    waarde: z.number().nonnegative(),
    /** Unit of `waarde`. */
    eenheid: z.enum(eenheden),
  })
  .strict();

/** An entry's texts in one language, with references (`{bedrag:…}`, `{polis:…}`) resolved to plain text. */
export const openDataTeksten = z
  .object({
    /** Language of these texts. */
    taal,
    /** Address of the entry's page in this language. */
    url,
    /** How this language's text was made: machine or person, reviewed or not, fields still in Dutch. */
    vertaling: vertaalInfo,
    /** Title in everyday words. */
    titel: tekst,
    /** Everyday words people search with, in this language. */
    ookBekendAls: z.array(tekst),
    /** "In het kort": the short summary, amounts as on the build date. */
    inHetKort: alineas,
    /** Who it is for, in words. */
    voorWie: alineas,
    /** What you get. */
    watKrijgtU: alineas,
    /** What you do yourself. */
    watDoetUZelf: alineas,
    /** What it costs, in words. */
    kosten: alineas,
    /** Steps to apply, in order. */
    aanvragen: alineas,
    /** Dated change notes, newest first; amounts as on the date of each note. */
    wijzigingen: z.array(wijziging),
  })
  .strict();

/** One polis entry: its structured fields and its texts in every published language. */
export const openDataRegel = z
  .object({
    /** Stable id and last part of the entry's URL. */
    slug,
    ...structuur.shape,
    /** The own contribution on the build date, when the entry has one. */
    eigenBijdrage: openDataEigenBijdrage.optional(),
    /** The dates of the entry's change notes, newest first (their texts are under `teksten`). */
    wijzigingen: z.array(wijziging.pick({ datum: true })),
    /** The texts per language, Dutch first. */
    teksten: z.array(openDataTeksten).min(1),
  })
  .strict();

/** The whole polis of one municipality, as published in `/open-data/polis.json`. */
export const openDataPolis = z
  .object({
    /** The municipality that publishes this polis. */
    gemeente: z
      .object({
        /** Folder name of the municipality's content, e.g. `voorbeeld`. */
        slug,
        /** Name, e.g. "Gemeente Voorbeeld". */
        naam: tekst,
        /** `true` for an invented municipality (the demo). */
        demo: z.boolean(),
        /** Address of this site. */
        siteUrl: url,
      })
      .strict(),
    /** The build date: amounts and validity are as on this day. */
    bouwdatum: datum,
    /** Published languages, Dutch (the source) first. */
    talen: z.array(taal).min(1),
    /** Licence of the data; absent when the municipality has not decided one. */
    licentie: openDataLicentie.optional(),
    /** Every entry, sorted by slug. */
    regelingen: z.array(openDataRegel),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Open Referral HSDS 3.0 (https://docs.openreferral.org/en/latest/hsds/schema_reference.html).
// Field names are HSDS's own; ids are this site's stable slugs, not UUIDs.

/** HSDS `phone`: one number of an organisation or location. */
export const hsdsTelefoon = z
  .object({
    /** Stable id, e.g. `<owner-id>-telefoon`. */
    id: z.string().min(1),
    /** The number as a resident dials it. */
    number: telefoon,
    /** When the phone is answered. */
    description: tekst.optional(),
  })
  .strict();

/** HSDS `organization`: an organisation residents can contact, or a wijkteam. */
export const hsdsOrganisatie = z
  .object({
    /** Stable id (the organisation's slug). */
    id: slug,
    /** Name. */
    name: tekst,
    /** What the organisation does (Dutch). */
    description: tekst,
    /** Main e-mail address. */
    email: email.optional(),
    /** Website. */
    website: url.optional(),
    /** Phone numbers. */
    phones: z.array(hsdsTelefoon),
  })
  .strict();

/** HSDS `service`: one polis entry. */
export const hsdsDienst = z
  .object({
    /** Stable id (the entry's slug). */
    id: slug,
    /** The organisation that provides it (first contact organisation, the place's organisation, or the municipality). */
    organization_id: slug,
    /** Title (Dutch). */
    name: tekst,
    /** "In het kort", plain text (Dutch). */
    description: tekst,
    /** The entry's page in Dutch. */
    url,
    /** E-mail address of the providing organisation, when it has one. */
    email: email.optional(),
    /** Always `active`: the build only publishes entries that apply. */
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  })
  .strict();

/** HSDS `address`. */
export const hsdsAdres = z
  .object({
    /** Stable id, e.g. `<location-id>-adres`. */
    id: z.string().min(1),
    /** Street and house number. */
    address_1: tekst,
    /** Town. */
    city: tekst,
    /** Postcode `1234 AB`. */
    postal_code: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/),
    /** ISO 3166-1 country code: `NL`. */
    country: z.literal('NL'),
    /** `physical`: a visiting address. */
    address_type: z.enum(['physical', 'postal', 'virtual']),
  })
  .strict();

/** HSDS `location`: a place in the neighbourhood or a wijkteam office. */
export const hsdsLocatie = z
  .object({
    /** Stable id (the place's or wijkteam's slug). */
    id: slug,
    /** The organisation that runs it. */
    organization_id: slug,
    /** Name on the door. */
    name: tekst,
    /** What you can do there (Dutch). */
    description: tekst,
    /** `physical`: a building residents can visit. */
    location_type: z.enum(['physical', 'postal', 'virtual']),
    /** Visiting address. */
    addresses: z.array(hsdsAdres).min(1),
    /** Phone numbers of the place itself. */
    phones: z.array(hsdsTelefoon),
    /** Accessibility facts (Dutch). */
    accessibility: z.array(z.object({ /** Stable id. */ id: z.string().min(1), /** One fact. */ description: tekst }).strict()),
    /** Languages staff or volunteers speak. */
    languages: z.array(z.object({ /** Stable id. */ id: z.string().min(1), /** ISO 639-1 code. */ code: taal }).strict()),
  })
  .strict();

/** HSDS `service_at_location`: a polis entry offered at a place. */
export const hsdsDienstOpLocatie = z
  .object({
    /** Stable id, `<location-id>-<service-id>`. */
    id: z.string().min(1),
    /** The service (polis entry). */
    service_id: slug,
    /** The location. */
    location_id: slug,
  })
  .strict();

/** HSDS `schedule`: one weekly opening span of a location. */
export const hsdsRooster = z
  .object({
    /** Stable id, `<location-id>-<day>-<opens_at>`. */
    id: z.string().min(1),
    /** The location these hours belong to. */
    location_id: slug,
    /** Always `WEEKLY`. */
    freq: z.enum(['WEEKLY', 'MONTHLY']),
    /** iCal day code: MO, TU, WE, TH, FR, SA or SU. */
    byday: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
    /** Opening time, `HH:MM`, local time in the Netherlands. */
    opens_at: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
    /** Closing time, `HH:MM`. */
    closes_at: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
    /** What happens in this span (Dutch), when the content says so. */
    description: tekst.optional(),
  })
  .strict();

/** Places and wijkteams as one HSDS-shaped dataset, as published in `/open-data/hsds.json`. */
export const hsdsDataset = z
  .object({
    /** Organisations, wijkteams and the municipality, sorted by id. */
    organizations: z.array(hsdsOrganisatie),
    /** Polis entries, sorted by id. */
    services: z.array(hsdsDienst),
    /** Places and wijkteam offices, sorted by id. */
    locations: z.array(hsdsLocatie),
    /** Which entries are offered at which place, sorted by id. */
    service_at_locations: z.array(hsdsDienstOpLocatie),
    /** Opening hours of the locations, sorted by id. */
    schedules: z.array(hsdsRooster),
  })
  .strict();

export type OpenDataPolis = z.infer<typeof openDataPolis>;
export type OpenDataRegel = z.infer<typeof openDataRegel>;
export type HsdsDataset = z.infer<typeof hsdsDataset>;

/** The JSON Schema (draft 2020-12) of a published shape, generated from its zod schema. */
export function jsonSchema(schema: z.ZodType, id: string, titel: string): Record<string, unknown> {
  return { $id: id, title: titel, ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) };
}
