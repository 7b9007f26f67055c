/**
 * Translation files: which fields of each kind of content are text to translate, and the zod schema
 * of a translation file built from that. A translation holds text only; ids, amounts, links, phone
 * numbers and rules always come from the Dutch source. See `content/VERTALEN.md`.
 */
import { z } from 'zod';
import { slug, tekst } from './gedeeld';
import { metNagekekenDoorEnOp, vertaalStatusVelden } from './vertaal-status';

/** The shape of the translatable part of a record. */
export type Vorm =
  /** One text. */
  | { readonly t: 'tekst' }
  /** Paragraphs: as many as the source, in the same order, so "side by side" lines them up. */
  | { readonly t: 'alineas' }
  /** A free list (search words): its length may differ from the source. */
  | { readonly t: 'lijst' }
  | { readonly t: 'object'; readonly velden: Readonly<Record<string, Vorm>> }
  /** A list of records as long as the source's; each item translates its own fields. */
  | { readonly t: 'rij'; readonly element: Vorm }
  /** A list of records in the source, translated as a map from each record's `id` to its `veld`. */
  | { readonly t: 'perId'; readonly veld: string };

const tekstVorm = { t: 'tekst' } as const;
const alineasVorm = { t: 'alineas' } as const;
const lijstVorm = { t: 'lijst' } as const;
const object = (velden: Record<string, Vorm>): Vorm => ({ t: 'object', velden });
const rij = (element: Vorm): Vorm => ({ t: 'rij', element });
const openingstijden = rij(object({ toelichting: tekstVorm }));

/** What is translated, per kind of content. */
export const vertaalVormen = {
  polis: object({
    titel: tekstVorm,
    ookBekendAls: lijstVorm,
    inHetKort: alineasVorm,
    voorWie: alineasVorm,
    watKrijgtU: alineasVorm,
    watDoetUZelf: alineasVorm,
    kosten: object({ tekst: alineasVorm }),
    aanvragen: alineasVorm,
    termijnen: rij(object({ tekst: tekstVorm })),
    onzeker: alineasVorm,
    wijzigingen: rij(object({ tekst: tekstVorm })),
  }),
  begrippen: object({ term: tekstVorm, varianten: lijstVorm, uitleg: alineasVorm }),
  onderwerpen: object({ titel: tekstVorm, omschrijving: tekstVorm }),
  organisaties: object({ omschrijving: tekstVorm, telefoonToelichting: tekstVorm }),
  bezwaarroutes: object({ titel: tekstVorm, tekst: alineasVorm }),
  procedures: object({ omschrijving: tekstVorm, termijnen: rij(object({ tekst: tekstVorm })) }),
  meenemen: object({ spullen: alineasVorm }),
  plekken: object({ omschrijving: tekstVorm, toegankelijkheid: alineasVorm, openingstijden }),
  wijkteams: object({ omschrijving: alineasVorm, telefoonToelichting: tekstVorm, toegankelijkheid: alineasVorm, openingstijden }),
  gemeente: object({ contact: object({ telefoonToelichting: tekstVorm }) }),
  vraag: object({
    vraag: tekstVorm,
    uitleg: tekstVorm,
    drempelVraag: tekstVorm,
    drempelVraagLager: tekstVorm,
    /** The "go on" answer of the crisis screen (soort spoed). */
    verder: tekstVorm,
    antwoorden: { t: 'perId', veld: 'label' },
  }),
} as const satisfies Record<string, Vorm>;

export type VertaalSoort = keyof typeof vertaalVormen;

/** The list files, translated per id under `items`. */
export const lijstSoorten = ['begrippen', 'onderwerpen', 'organisaties', 'bezwaarroutes', 'procedures', 'meenemen', 'plekken', 'wijkteams'] as const;
export type LijstSoort = (typeof lijstSoorten)[number];

/** Zod schema for the translated part of one record of the given shape. Every field is optional. */
export function zodVoorVorm(vorm: Vorm): z.ZodType {
  switch (vorm.t) {
    case 'tekst':
      return tekst;
    case 'alineas':
    case 'lijst':
      return z.array(tekst, { error: 'een lijst met teksten' });
    case 'object':
      return z
        .object(Object.fromEntries(Object.entries(vorm.velden).map(([k, v]) => [k, zodVoorVorm(v).optional()])))
        .strict();
    case 'rij':
      return z.array(zodVoorVorm(vorm.element), { error: 'een lijst, even lang als in de bron' });
    case 'perId':
      return z.record(slug, tekst, { error: 'per id uit de bron een tekst' });
  }
}

const metStatus = (velden: z.ZodRawShape) =>
  metNagekekenDoorEnOp(z.object({ ...vertaalStatusVelden, ...velden }).strict());

/** A translation of a file that holds one record: a polis entry, or the municipality profile. */
export function enkelVertaalbestand(vorm: Vorm) {
  const deel = zodVoorVorm(vorm) as z.ZodObject;
  return metStatus(deel.shape);
}

/** A translation of a list file: the translated fields per id under `items`. */
export function lijstVertaalbestand(vorm: Vorm) {
  return metStatus({ items: z.record(z.string().min(1), zodVoorVorm(vorm), { error: 'per id uit de bron de vertaalde velden' }) });
}

/** The translation of the wegwijzer's questions, per question id. */
export const vragenVertaalbestand = metStatus({
  /** Label of the "I don't know" answer. */
  weetIkNiet: tekst.optional(),
  vragen: z.record(slug, zodVoorVorm(vertaalVormen.vraag), { error: 'per vraag-id de vertaalde velden' }).default({}),
});

export type VertaalBestandStatus = z.infer<ReturnType<typeof enkelVertaalbestand>>;
