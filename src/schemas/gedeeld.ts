/**
 * Building blocks that several content schemas share. Messages are Dutch because the people who
 * edit content (municipal staff) read them in build errors.
 */
import { z } from 'zod';

/** A calendar date written as `YYYY-MM-DD`; kept as a string so it sorts and compares as text. */
export const datum = z.iso.date({ error: 'een datum als JJJJ-MM-DD' });

/** A URL-safe identifier: lower case letters, digits and hyphens (used in URLs and references). */
export const slug = z
  .string({ error: 'een slug (kleine letters, cijfers en streepjes)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'een slug (kleine letters, cijfers en streepjes)' });

/**
 * One piece of resident-facing text. It may contain references that the build resolves:
 * `{bedrag:sleutel}` (an amount from the dated table), `{bedrag:sleutel|120%}` (a share of it) and
 * `{polis:slug}` (a link to another polis entry).
 */
export const tekst = z.string({ error: 'een tekst' }).trim().min(1, { error: 'een tekst die niet leeg is' });

/** Several short paragraphs or sentences, shown in order. */
export const alineas = z.array(tekst, { error: 'een lijst met teksten' }).min(1, { error: 'een lijst met minstens 1 tekst' });

/** An absolute web address. */
export const url = z.url({ protocol: /^https?$/, error: 'een webadres dat begint met https:// of http://' });

/** A phone number as a resident dials it, e.g. `0800-2000` or `112`. */
export const telefoon = z
  .string({ error: 'een telefoonnummer' })
  .regex(/^[0-9][0-9 -]{1,14}[0-9]$/, { error: 'een telefoonnummer met alleen cijfers, spaties en streepjes' });

/** An e-mail address. */
export const email = z.email({ error: 'een e-mailadres' });

/**
 * How sure we are of a fact, as labelled in the domain facts: read in the law or on the official page
 * (`wet`), from a secondary source citing it (`secundair`), or not yet confirmed (`controleren`).
 * Facts marked `controleren` are shown with a visible caveat.
 */
export const zekerheid = z.enum(['wet', 'secundair', 'controleren'], {
  error: 'een van: wet, secundair, controleren',
});

/** Where a fact comes from. */
export const bron = z
  .object({
    /** Name of the source, e.g. "Normenbrief 1 januari 2026". */
    naam: tekst,
    /** Link to the source. */
    url: url.optional(),
    /** How certain the fact is. */
    zekerheid,
  })
  .strict();

/** The legal basis of a rule: a law (or local regulation), the article and a link to its text. */
export const grondslag = z
  .object({
    /** Name of the law or local regulation, e.g. "Wmo 2015" or "Verordening ... Voorbeeld 2026". */
    wet: tekst,
    /** Article (and member), e.g. "2.3.2 lid 3". */
    artikel: tekst,
    /** Link to the text of the article, preferably on wetten.overheid.nl. */
    url,
  })
  .strict();

/** A Dutch postal address. */
export const adres = z
  .object({
    /** Street and house number, e.g. "Dorpsstraat 12". */
    straat: tekst,
    /** Postcode `1234 AB`. */
    postcode: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { error: 'een postcode als 1234 AB' }),
    /** Town. */
    plaats: tekst,
  })
  .strict();

/** The six languages of the site; Dutch is the source. */
export const taal = z.enum(['nl', 'en', 'ar', 'tr', 'pl', 'uk'], { error: 'een van: nl, en, ar, tr, pl, uk' });

/** A dated change note, used for "Wat is er veranderd" and the feed. */
export const wijziging = z
  .object({
    /** When the change took effect or was made. */
    datum,
    /** What changed, in one or two short sentences. */
    tekst,
  })
  .strict();

export type Grondslag = z.infer<typeof grondslag>;

export type Adres = z.infer<typeof adres>;
