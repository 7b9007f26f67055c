/**
 * NL Design System themes declare thousands of design tokens (custom properties) for every
 * component in the system; a page uses a few hundred. This removes every custom-property
 * declaration that nothing in the same stylesheet can reach, so a phone downloads kilobytes instead
 * of the whole theme. The look does not change: only unreachable declarations go.
 */
const VERWIJZING = /var\(\s*(--[\w-]+)/g;
const EIGENSCHAP = /^\s*(--[\w-]+)\s*:/;

interface Stuk {
  /** Text between two top-level `{`, `}` or `;`. */
  tekst: string;
  /** The boundary character that ends it (`''` at the end). */
  grens: string;
}

/** Splits CSS at top-level `{`, `}` and `;`, leaving strings and parentheses (data URIs) whole. */
function stukken(css: string): Stuk[] {
  const uit: Stuk[] = [];
  let begin = 0;
  let diepte = 0;
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') diepte++;
    else if (c === ')') diepte = Math.max(0, diepte - 1);
    else if (diepte === 0 && (c === '{' || c === '}' || c === ';')) {
      uit.push({ tekst: css.slice(begin, i), grens: c });
      begin = i + 1;
    }
  }
  uit.push({ tekst: css.slice(begin), grens: '' });
  return uit;
}

export function snoeiTokens(css: string): string {
  const delen = stukken(css);
  const afhankelijk = new Map<string, Set<string>>();
  const werk: string[] = [];
  for (const d of delen) {
    const naam = d.grens === '{' ? undefined : EIGENSCHAP.exec(d.tekst)?.[1];
    const verwijzingen = [...d.tekst.matchAll(VERWIJZING)].map((v) => v[1]!);
    if (naam) {
      const set = afhankelijk.get(naam) ?? new Set<string>();
      verwijzingen.forEach((v) => set.add(v));
      afhankelijk.set(naam, set);
    } else werk.push(...verwijzingen);
  }
  const levend = new Set<string>();
  while (werk.length > 0) {
    const naam = werk.pop()!;
    if (levend.has(naam)) continue;
    levend.add(naam);
    for (const volgende of afhankelijk.get(naam) ?? []) werk.push(volgende);
  }
  let uit = '';
  for (const d of delen) {
    const naam = d.grens === '{' ? undefined : EIGENSCHAP.exec(d.tekst)?.[1];
    if (naam && !levend.has(naam)) {
      if (d.grens !== ';') uit += d.grens;
      continue;
    }
    uit += d.tekst + d.grens;
  }
  return uit.replace(/;+}/g, '}');
}

/** Vite plugin: prune every emitted stylesheet. */
export function snoeiTokensPlugin() {
  return {
    name: 'sociale-polis:snoei-tokens',
    apply: 'build' as const,
    generateBundle(_opties: unknown, bundel: Record<string, { type: string; fileName: string; source?: string | Uint8Array }>) {
      for (const bestand of Object.values(bundel))
        if (bestand.type === 'asset' && bestand.fileName.endsWith('.css') && typeof bestand.source === 'string')
          bestand.source = snoeiTokens(bestand.source);
    },
  };
}
