/**
 * The questions of the wegwijzer, as data: the flow's routing is a list that can be enumerated and
 * tested, not code. A question is asked only when one of its `nodigBij` patterns matches the
 * answers so far (the same patterns the polis entries use).
 */
import { z } from 'zod';
import { slug, tekst } from './gedeeld';
import { aanleiding } from './wegwijzer';
import { onderwerpId } from './onderwerp';
import { huishoudens, schuldenSoorten, woonsituaties, zelfOplossenWaarden } from './situatie';

/** What an answer sets in the Situatie. */
export const zet = z
  .object({
    acuutGevaar: z.boolean().optional(),
    onveiligThuis: z.boolean().optional(),
    zelfOplossen: z.enum(zelfOplossenWaarden).optional(),
    schulden: z.enum(schuldenSoorten).optional(),
    huishouden: z.enum(huishoudens).optional(),
    langdurigLaagInkomen: z.boolean().optional(),
    studeert: z.boolean().optional(),
    zelfstandige: z.boolean().optional(),
    statushouder: z.boolean().optional(),
    woonsituatie: z.enum(woonsituaties).optional(),
    medebewoners27Plus: z.number().int().min(0).optional(),
    partnerOverleden: z.boolean().optional(),
    zorgHeleDag: z.boolean().optional(),
  })
  .strict();

export const antwoord = z
  .object({
    /** Short id, used in URLs of the flow without JavaScript. */
    id: slug,
    /** The answer as the resident reads it: first person, concrete. */
    label: tekst,
    /** What this answer sets; empty for "weet ik niet". */
    zet,
    /** A topic this answer adds (the money offer: "yes" adds geld-rondkomen, so its questions follow). */
    onderwerp: onderwerpId.optional(),
  })
  .strict();

const basis = {
  /** Stable id: answers are kept by question id, never by position. */
  id: slug,
  /** When to ask: at least one pattern must match the answers so far. */
  nodigBij: z.array(aanleiding).min(1),
  /** One or two short sentences that help answer. */
  uitleg: tekst.optional(),
  /** Not asked when one of these patterns matches (e.g. the money offer when money is the topic already). */
  nietBij: z.array(aanleiding).default([]),
  /**
   * Without JavaScript, ask only where one of these matches (instead of `nodigBij`): every static
   * answer multiplies the pages, so some questions are left to the flow with JavaScript there.
   */
  zonderJsNodigBij: z.array(aanleiding).optional(),
  /** `true`: only in the flow with JavaScript; without it the advice page offers the same as a link. */
  alleenMetJavascript: z.boolean().default(false),
};

export const vraag = z.discriminatedUnion(
  'soort',
  [
    z
      .object({
        soort: z.literal('keuze'),
        ...basis,
        vraag: tekst,
        antwoorden: z.array(antwoord).min(2),
        /** `true`: skip the question when every answer gives the same advice (for the last questions of a path). */
        alleenAlsHetUitmaakt: z.boolean().default(false),
      })
      .strict(),
    z
      .object({
        soort: z.literal('inkomen'),
        ...basis,
        /** Question with JavaScript (an amount). */
        vraag: tekst,
        /** Threshold question without JavaScript; `[grens]` becomes the amount. */
        drempelVraag: tekst,
        /** The same for a limit the income must be below. */
        drempelVraagLager: tekst,
      })
      .strict(),
    z
      .object({
        soort: z.literal('leeftijd'),
        ...basis,
        /** Whose age: the person the help is for, or the partner. */
        veld: z.enum(['leeftijd', 'partnerLeeftijd']).default('leeftijd'),
        vraag: tekst,
        /** Threshold question without JavaScript; `[jaar]` becomes the age. */
        drempelVraag: tekst,
      })
      .strict(),
    z
      .object({
        soort: z.literal('vermogen'),
        ...basis,
        /** Question with JavaScript (an amount). */
        vraag: tekst,
        /** Threshold question without JavaScript; `[grens]` becomes the amount. */
        drempelVraag: tekst,
      })
      .strict(),
    z
      .object({
        soort: z.literal('spoed'),
        ...basis,
        /** The heading of the crisis screen, e.g. "Bel nu 112". */
        vraag: tekst,
        /** The one way on: going on with the questions is an option after the call, never before. */
        verder: tekst,
      })
      .strict(),
    z
      .object({
        soort: z.literal('postcode'),
        ...basis,
        /** Asked with JavaScript only; without it the advice page lists the wijkteams to choose from. */
        vraag: tekst,
      })
      .strict(),
  ],
  { error: 'een vraag met soort: keuze, inkomen, leeftijd, vermogen, spoed of postcode' },
);

export const vragenBestand = z.object({
  /** Label of the "weet ik niet" answer where that is valid. */
  weetIkNiet: tekst,
  vragen: z.array(vraag).min(1),
}).strict();

export type Vraag = z.infer<typeof vraag>;
export type Vragenlijst = z.infer<typeof vragenBestand>;
