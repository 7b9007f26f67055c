/**
 * The schema of a UI locale file (`src/i18n/<taal>.json`), built from the declared keys in
 * `ui-sleutels.ts`. A file must have every declared key, no other key, the plural forms its
 * language needs, and the same `{{placeholders}}` as Dutch.
 */
import { z } from 'zod';

export type Sleutel =
  | { soort: 'tekst'; beschrijving: string }
  | { soort: 'meervoud'; beschrijving: string }
  | { soort: 'alineas'; beschrijving: string };

export const tekst = (beschrijving: string): Sleutel => ({ soort: 'tekst', beschrijving });
/** A count-dependent string: one key per plural category of the language (`_one`, `_few`, …). */
export const meervoud = (beschrijving: string): Sleutel => ({ soort: 'meervoud', beschrijving });
/** A list of paragraphs (read with `returnObjects`). */
export const alineas = (beschrijving: string): Sleutel => ({ soort: 'alineas', beschrijving });

export type Tekstboom = { [sleutel: string]: string | string[] | Tekstboom };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; arrays stay whole. */
export function plat(boom: Tekstboom, voorvoegsel = ''): Record<string, string | string[] | undefined> {
  const uit: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(boom)) {
    const sleutel = voorvoegsel ? `${voorvoegsel}.${k}` : k;
    if (typeof v === 'object' && !Array.isArray(v)) Object.assign(uit, plat(v, sleutel));
    else uit[sleutel] = v;
  }
  return uit;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');

/** Plural categories i18next uses for a language (the CLDR ones, via `Intl.PluralRules`). */
export function meervoudsvormen(taal: string): string[] {
  return new Intl.PluralRules(taal).resolvedOptions().pluralCategories as string[];
}

/**
 * Schema for one locale file, flattened to dotted keys. `bron` is the Dutch file: placeholders
 * in a translation must match its placeholders.
 */
export function uiTekstenSchema(taal: string, sleutels: Record<string, Sleutel>, bron?: Tekstboom) {
  const nl = bron ? plat(bron) : {};
  const nlTekst = (sleutel: string): string => {
    const w = nl[sleutel] ?? nl[`${sleutel}_other`];
    return Array.isArray(w) ? w.join(' ') : (w ?? '');
  };
  const velden: Record<string, z.ZodType> = {};
  for (const [sleutel, s] of Object.entries(sleutels)) {
    const nlPlaatsen = placeholders(nlTekst(sleutel));
    // A plural form may leave the count out ("no results"), but it may not invent a placeholder.
    const klopt = (w: string) =>
      s.soort === 'meervoud' ? placeholders(w).split(',').every((p) => !p || nlPlaatsen.split(',').includes(p)) : placeholders(w) === nlPlaatsen;
    const metZelfdePlaatsen = (schema: z.ZodType<string>) =>
      schema.refine((w) => !bron || klopt(w), { error: `dezelfde {{…}}-plaatsen als nl.json (${nlPlaatsen || 'geen'})` });
    const tekstSchema = z.string({ error: 'een tekst' }).min(1, { error: 'een tekst die niet leeg is' });
    if (s.soort === 'tekst') velden[sleutel] = metZelfdePlaatsen(tekstSchema);
    else if (s.soort === 'alineas') velden[sleutel] = z.array(tekstSchema, { error: "een lijst met alinea's" }).min(1);
    else for (const vorm of meervoudsvormen(taal)) velden[`${sleutel}_${vorm}`] = metZelfdePlaatsen(tekstSchema);
  }
  return z.object(velden).strict();
}
