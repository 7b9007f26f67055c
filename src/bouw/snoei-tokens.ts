/**
 * NL Design System themes declare thousands of design tokens (custom properties) for every
 * component in the system; a page uses a few hundred. This removes every custom-property
 * declaration that nothing in the same stylesheet can reach, so a phone downloads kilobytes instead
 * of the whole theme. The look does not change: only unreachable declarations go.
 */
const DECLARATIE = /(?<=^|[{;])\s*(--[\w-]+)\s*:([^;{}]*);?/g;
const VERWIJZING = /var\(\s*(--[\w-]+)/g;

export function snoeiTokens(css: string): string {
  const afhankelijk = new Map<string, Set<string>>();
  for (const m of css.matchAll(DECLARATIE)) {
    const set = afhankelijk.get(m[1]!) ?? new Set<string>();
    for (const v of m[2]!.matchAll(VERWIJZING)) set.add(v[1]!);
    afhankelijk.set(m[1]!, set);
  }
  // Roots: var() used by ordinary properties, i.e. anywhere outside a custom-property declaration.
  const zonderDeclaraties = css.replace(DECLARATIE, '');
  const levend = new Set<string>();
  const werk = [...zonderDeclaraties.matchAll(VERWIJZING)].map((v) => v[1]!);
  while (werk.length > 0) {
    const naam = werk.pop()!;
    if (levend.has(naam)) continue;
    levend.add(naam);
    for (const volgende of afhankelijk.get(naam) ?? []) werk.push(volgende);
  }
  return css
    .replace(DECLARATIE, (heel, naam: string) => (levend.has(naam) ? heel : ''))
    .replace(/;+}/g, '}')
    .replace(/{;+/g, '{');
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
