/**
 * The municipality profile: who publishes this polis and how it looks.
 */
import { z } from 'zod';
import { adres, datum, email, slug, taal, tekst, telefoon, url } from './gedeeld';

/** NL Design System themes this build knows how to load (see `src/styles/themas.ts`). */
export const themas = ['voorbeeld'] as const;

/** A licence for reusing data, e.g. CC0-1.0. */
export const openDataLicentie = z
  .object({
    /** SPDX identifier of the licence, e.g. `CC0-1.0`. */
    spdx: z.string().regex(/^[A-Za-z0-9.+-]+$/, { error: 'een SPDX-code als CC0-1.0' }),
    /** Link to the text of the licence. */
    url,
  })
  .strict();

export const gemeente = z
  .object({
    /** Folder name and `--gemeente` value, e.g. `voorbeeld`. */
    slug,
    /** Name as shown, e.g. "Gemeente Voorbeeld". */
    naam: tekst,
    /** Name of the place, e.g. "Voorbeeld". */
    plaats: tekst,
    /** `true` for an invented municipality: every page then shows a banner saying so. */
    demo: z.boolean({ error: 'true of false' }),
    /** Public address of the site, used for the sitemap and canonical links. */
    siteUrl: url,
    /** General contact of the municipality. */
    contact: z
      .object({
        /** Telephone number of the municipality's general desk. */
        telefoon,
        /** When the phone is answered. */
        telefoonToelichting: tekst,
        /** General e-mail address. */
        email,
        /** The municipality's own website. */
        website: url,
        /** Visiting address of the town hall. */
        adres,
      })
      .strict(),
    /** Languages this municipality publishes; `nl` first, as the source language. */
    talen: z
      .array(taal)
      .min(1)
      .refine((t) => t[0] === 'nl', { error: 'een lijst die begint met nl (de brontaal)' }),
    /** The accessibility statement: when it was last drawn up (it says what was tested by then). */
    toegankelijkheidsverklaring: z.object({ opgesteld: datum }).strict(),
    /** NL Design System theme for the look. */
    thema: z.enum(themas, { error: `een van: ${themas.join(', ')}` }),
    /** The open data under `/open-data/`: leave out until the municipality has decided a licence. */
    openData: z
      .object({
        /** The licence the municipality chose for its open data. */
        licentie: openDataLicentie,
      })
      .strict()
      .optional(),
  })
  .strict();

export type Gemeente = z.infer<typeof gemeente>;
