/**
 * Turns content text into display parts: amounts resolved for a date, links to entries, and the
 * first use of glossary terms marked. Pure: templates only map parts to markup, so nothing from
 * content is ever inserted as HTML.
 */
import type { Bedrag } from '../schemas/bedrag';
import { aandeel, schrijfBedrag, waardeOpDatum } from './bedragen';
import { koppelBegrippen, type maakZoeker } from './begrippen-koppelen';
import { splitsTekst } from './tekst-verwijzingen';

export type WeergaveDeel =
  | { soort: 'tekst'; tekst: string }
  /** `woorden`: a number with a word of the page's language ("67 سنة"), which follows the text's direction. */
  | { soort: 'bedrag'; tekst: string; sleutel: string; woorden?: boolean }
  | { soort: 'polis'; tekst: string; slug: string }
  | { soort: 'begrip'; tekst: string; id: string }
  | { soort: 'nl'; tekst: string }
  | { soort: 'telefoon'; tekst: string };

export interface TekstContext {
  bedragen: ReadonlyMap<string, Bedrag>;
  polisTitels: ReadonlyMap<string, string>;
  begrippen?: ReturnType<typeof maakZoeker>;
  /** Glossary ids already explained on this page. */
  gezien: Set<string>;
  /** A number of years in the page's language ("67 jaar", "67 years"); Dutch without it. */
  jaren?: (aantal: number) => string;
}

export function bedragOpDatum(bedragen: ReadonlyMap<string, Bedrag>, sleutel: string, datum: string): number {
  const b = bedragen.get(sleutel);
  // Past the last period: the last value; the page says so (regel.verlopen) and the build warns.
  const w = b && waardeOpDatum(b, datum);
  // The content check guarantees a value for every key used in text; reaching this is a bug.
  if (!w) throw new Error(`Bedrag "${sleutel}" heeft geen waarde op ${datum}`);
  return w.waarde.waarde;
}

export function weergave(tekst: string, ctx: TekstContext, datum: string): WeergaveDeel[] {
  const uit: WeergaveDeel[] = [];
  for (const deel of splitsTekst(tekst)) {
    if (deel.soort === 'bedrag') {
      const b = ctx.bedragen.get(deel.sleutel)!;
      const basis = bedragOpDatum(ctx.bedragen, deel.sleutel, datum);
      const procent = !deel.aandeel
        ? undefined
        : 'procent' in deel.aandeel
          ? deel.aandeel.procent
          : bedragOpDatum(ctx.bedragen, deel.aandeel.sleutel, datum);
      const waarde = aandeel(basis, procent);
      if (b.eenheid === 'jaar' && ctx.jaren) uit.push({ soort: 'bedrag', sleutel: deel.sleutel, tekst: ctx.jaren(waarde), woorden: true });
      else uit.push({ soort: 'bedrag', sleutel: deel.sleutel, tekst: schrijfBedrag(waarde, b.eenheid) });
    } else if (deel.soort === 'nl') {
      uit.push(deel);
    } else if (deel.soort === 'polis') {
      uit.push({ soort: 'polis', slug: deel.slug, tekst: ctx.polisTitels.get(deel.slug) ?? deel.slug });
    } else {
      for (const p of koppelBegrippen(deel.tekst, ctx.begrippen, ctx.gezien)) {
        if (p.begrip) uit.push({ soort: 'begrip', id: p.begrip, tekst: p.tekst });
        else uit.push(...telefoonnummers(p.tekst));
      }
    }
  }
  return uit;
}

/** Plain text (for titles, meta descriptions and search), with amounts resolved. */
export function platteTekst(tekst: string, ctx: Omit<TekstContext, 'gezien' | 'begrippen'>, datum: string): string {
  return weergave(tekst, { ...ctx, gezien: new Set() }, datum)
    .map((d) => (d.soort === 'nl' ? `\u2068${d.tekst}\u2069` : d.tekst))
    .join('');
}

/** Dutch phone numbers written in running text (`088-0767 000`, `0800-2000`). */
const TELEFOON = /\b0\d{2,3}-\d{3,4}(?: \d{2,4})?\b/g;

/** Phone numbers become their own part, so a right-to-left page keeps their digits in order. */
function telefoonnummers(tekst: string): WeergaveDeel[] {
  const uit: WeergaveDeel[] = [];
  let vanaf = 0;
  for (const m of tekst.matchAll(TELEFOON)) {
    if (m.index > vanaf) uit.push({ soort: 'tekst', tekst: tekst.slice(vanaf, m.index) });
    uit.push({ soort: 'telefoon', tekst: m[0] });
    vanaf = m.index + m[0].length;
  }
  if (vanaf < tekst.length) uit.push({ soort: 'tekst', tekst: tekst.slice(vanaf) });
  return uit;
}
