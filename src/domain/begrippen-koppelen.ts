/**
 * Finds the first use of glossary terms in running text, so each term is explained once per page.
 * Matching is case-insensitive and on whole words only ("wmo" must not match inside "Wmo-voorziening"'s
 * neighbours like "wmovoorziening").
 */
export interface TermVorm {
  /** Glossary id the form belongs to. */
  id: string;
  /** The written form, e.g. "eigen bijdrage". */
  vorm: string;
}

export type BegripDeel = { tekst: string; begrip?: string };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function maakZoeker(vormen: readonly TermVorm[]): { regex: RegExp; idVan: Map<string, string> } | undefined {
  if (vormen.length === 0) return undefined;
  const idVan = new Map(vormen.map((v) => [v.vorm.toLocaleLowerCase('nl'), v.id]));
  const lang = [...idVan.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${lang.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), idVan };
}

/**
 * Splits `tekst` into parts; a part with `begrip` is the first use on the page of that term.
 * `gezien` holds the ids already explained on this page and is updated.
 */
export function koppelBegrippen(
  tekst: string,
  zoeker: ReturnType<typeof maakZoeker>,
  gezien: Set<string>,
): BegripDeel[] {
  if (!zoeker) return [{ tekst }];
  const delen: BegripDeel[] = [];
  let vanaf = 0;
  for (const m of tekst.matchAll(zoeker.regex)) {
    const id = zoeker.idVan.get(m[0].toLocaleLowerCase('nl'));
    if (!id || gezien.has(id)) continue;
    gezien.add(id);
    const index = m.index ?? 0;
    if (index > vanaf) delen.push({ tekst: tekst.slice(vanaf, index) });
    delen.push({ tekst: m[0], begrip: id });
    vanaf = index + m[0].length;
  }
  if (vanaf < tekst.length) delen.push({ tekst: tekst.slice(vanaf) });
  return delen;
}
