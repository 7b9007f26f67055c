/**
 * The languages of the site (`content/nationaal/talen.yaml`): how each names itself, which way it is
 * written, and how its UI strings were made. Dutch is the source; every other language translates it.
 */
import { z } from 'zod';
import { taal as taalCode, tekst } from './gedeeld';
import { vertaalStatus } from './vertaal-status';

export const taal = z
  .object({
    /** Language code, also the first part of every URL: `/ar/…`. */
    code: taalCode,
    /** The language's name in itself, as the language switcher shows it: "العربية", not "Arabisch". */
    eigenNaam: tekst,
    /** Writing direction: `rtl` sets `dir="rtl"` on every page in this language. */
    richting: z.enum(['ltr', 'rtl'], { error: 'ltr of rtl' }),
    /** How the UI strings (`src/i18n/<code>.json`) were made, and whether a person reviewed them. */
    ui: vertaalStatus,
  })
  .strict();

export const talenBestand = z
  .array(taal, { error: 'een lijst met talen' })
  .refine((l) => l[0]?.code === 'nl', { error: 'een lijst die begint met nl (de brontaal)' });

export type TaalInfo = z.infer<typeof taal>;
