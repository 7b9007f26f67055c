/**
 * One entry of the polis (a regeling or voorziening): what is covered, for whom, under which
 * conditions, what it costs, what you do yourself, how to apply and where the legal line lies.
 * The entry's slug is its file name (`polis/<slug>.yaml`) and its URL; it must never change
 * (list former slugs in `eerdereSlugs` when it must).
 */
import { z } from 'zod';
import { alineas, datum, grondslag, slug, tekst, wijziging, zekerheid } from './gedeeld';
import { onderwerpId } from './onderwerp';

import { soort } from './polis-regel-soort';
import { wegwijzerRegel } from './wegwijzer';

export { soort, soorten, type Soort } from './polis-regel-soort';

/** Axis 1 of the seeds: help for one person or open to a group. */
export const bereik = z.enum(['individueel', 'beide', 'collectief'], { error: 'een van: individueel, beide, collectief' });
/** Axis 2 of the seeds: done by the resident and people around them, or by professionals. */
export const uitvoering = z.enum(['zelf', 'samen', 'professioneel'], { error: 'een van: zelf, samen, professioneel' });

/** A term the law or the municipality sets (how long something may take). */
export const termijn = z
  .object({
    /** The term in plain words, e.g. "Het wijkteam praat binnen 6 weken met u." */
    tekst,
    /** The article that sets it, when there is one. */
    grondslag: grondslag.optional(),
    /** How sure: `controleren` is shown with a caveat. */
    zekerheid,
  })
  .strict();

/** Uniforme Productnamenlijst entry. */
export const upl = z
  .object({
    /** UPL product name, e.g. "huishoudelijke hulp". */
    naam: tekst,
    /** UPL URI, `http://standaarden.overheid.nl/owms/terms/<id>`. */
    uri: z
      .string()
      .regex(/^http:\/\/standaarden\.overheid\.nl\/owms\/terms\/[A-Za-z0-9-]+$/, {
        error: 'een UPL-URI als http://standaarden.overheid.nl/owms/terms/<id>',
      }),
  })
  .strict();

export const polisRegel = z
  .object({
    /** Title in everyday words, e.g. "Hulp in het huishouden". */
    titel: tekst,
    /** Everyday words people search with, e.g. "poetshulp", "schoonmaakhulp". */
    ookBekendAls: z.array(tekst).default([]),
    /** Where the entry stands in polis order. */
    soort,
    /** The two axes of the seeds, for the map on the polis page. */
    assen: z.object({ bereik, uitvoering }).strict(),
    /** Topics this entry helps with. */
    onderwerpen: z.array(onderwerpId).min(1, { error: 'een lijst met minstens 1 onderwerp' }),
    /** Laws or local regulations this entry rests on; empty for help the municipality gives without a legal duty. */
    grondslagen: z.array(grondslag).default([]),
    /** UPL product, where one exists. */
    upl: upl.optional(),
    /** "In het kort": 3 to 5 short sentences at A2/B1 level. */
    inHetKort: z
      .array(tekst, { error: 'een lijst met 3 tot 5 korte zinnen' })
      .min(3, { error: 'een lijst met 3 tot 5 korte zinnen' })
      .max(5, { error: 'een lijst met 3 tot 5 korte zinnen' }),
    /** Who it is for, in words (the engine's rules are added by the wegwijzer). */
    voorWie: alineas,
    /** What you get. */
    watKrijgtU: alineas,
    /** What you do yourself, and what people around you can do. */
    watDoetUZelf: alineas,
    /** What it costs. */
    kosten: z
      .object({
        /** Costs in words; refer to amounts as `{bedrag:sleutel}`. */
        tekst: alineas,
        /** Key of the monthly own contribution in the amounts table, if there is one. */
        eigenBijdrage: slug.optional(),
      })
      .strict(),
    /** Steps to apply, in order. */
    aanvragen: alineas,
    /** A shared procedure whose terms apply (see `procedures.yaml`), e.g. `wmo-maatwerk`. */
    procedure: slug.optional(),
    /** How long it takes: terms of this entry only, shown after those of its procedure. */
    termijnen: z.array(termijn).default([]),
    /** Id of the route for disagreeing (see `bezwaarroutes.yaml`). */
    bezwaar: slug,
    /** Who to contact: organisations, places, and/or the resident's own wijkteam. */
    contact: z
      .object({
        /** Organisation ids. */
        organisaties: z.array(slug).default([]),
        /** Place ids. */
        plekken: z.array(slug).default([]),
        /** `true`: the wijkteam for the resident's postcode. */
        wijkteam: z.boolean().default(false),
      })
      .strict()
      .refine((c) => c.organisaties.length + c.plekken.length > 0 || c.wijkteam, {
        error: 'minstens één contact: organisaties, plekken of wijkteam: true',
        path: ['organisaties'],
      }),
    /** Facts on this page that are not confirmed; shown as a visible caveat. */
    onzeker: z.array(tekst).default([]),
    /** First day this entry applies. */
    geldigVanaf: datum,
    /** Last day this entry applies, if it ends. */
    geldigTot: datum.optional(),
    /** Last day someone checked this entry against the law and local rules. */
    laatstGecontroleerd: datum,
    /** Dated change notes, newest first. */
    wijzigingen: z.array(wijziging).default([]),
    /**
     * The official check or calculator of the agency that decides (the SVB's AIO check, DUO's
     * calculator, the Belastingdienst's proefberekening). The site screens and points there; it does
     * not compute what the agency computes. Shown on the page and carried by the wegwijzer's route.
     */
    controle: z
      .object({
        /** Name of the check as the resident sees it, e.g. "Check van de SVB: hebt u recht op AIO?". */
        naam: tekst,
        /** Its address; `https://` only. */
        url: z.string().regex(/^https:\/\//, { error: 'een webadres dat met https:// begint' }),
      })
      .strict()
      .optional(),
    /** When the wegwijzer gives this entry as a route, and under which conditions; absent: never a route. */
    wegwijzer: wegwijzerRegel.optional(),
    /**
     * Former slugs of this entry (optional). Links and posters with an old address keep working: the
     * build makes a redirect page `/<taal>/polis/<oud>/` in every language that leads to the current
     * slug. A former slug may not be a current slug and may be listed only once in the whole polis.
     */
    eerdereSlugs: z.array(slug).default([]),
  })
  .strict();

export type PolisRegel = z.infer<typeof polisRegel>;
