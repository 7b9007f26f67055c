/**
 * The benchmark's table and its two verdicts: does build time grow close to linearly with what is
 * built, and does the demo (1x) build within 60 s.
 */
export interface Uitkomst {
  factor: number;
  /** Polis entries on the site (national + municipal). */
  regels: number;
  paginas: number;
  /** Median over the rounds. */
  seconden: number;
  pagefindSeconden?: number;
  piekMbSamen?: number;
  /** Every round's build time, for the JSON. */
  rondes: number[];
}

/** Time per page may grow this much (or shrink) between the smallest and largest factor and still count as close to linear. */
export const lineaireMarge = 1.25;
export const doelDemoSeconden = 60;

export function mediaan(getallen: readonly number[]): number {
  const rij = [...getallen].sort((a, b) => a - b);
  const midden = Math.floor(rij.length / 2);
  return rij.length % 2 ? rij[midden]! : (rij[midden - 1]! + rij[midden]!) / 2;
}

function tabel(rijen: string[][]): string[] {
  const breedtes = rijen[0]!.map((_, k) => Math.max(...rijen.map((r) => r[k]!.length)));
  return rijen.map((r) => r.map((cel, k) => (k === 0 ? cel.padEnd(breedtes[k]!) : cel.padStart(breedtes[k]!))).join('  '));
}

export function groeiOordeel(uitkomsten: readonly Uitkomst[]): { tekst: string[]; bijnaLineair?: boolean } {
  if (uitkomsten.length < 2) return { tekst: ['Groei: meet minstens twee factoren om de groei te zien.'] };
  const klein = uitkomsten[0]!;
  const groot = uitkomsten.at(-1)!;
  const tijd = groot.seconden / klein.seconden;
  const paginas = groot.paginas / klein.paginas;
  const regels = groot.regels / klein.regels;
  const perPagina = tijd / paginas;
  const bijnaLineair = perPagina <= lineaireMarge && perPagina >= 1 / lineaireMarge;
  const richting = perPagina > lineaireMarge ? 'meer dan lineair' : perPagina < 1 / lineaireMarge ? 'minder dan lineair' : 'bijna lineair';
  // The marginal cost leaves out the fixed start-up cost that any build pays once.
  const perExtraPagina = (groot.seconden - klein.seconden) / Math.max(1, groot.paginas - klein.paginas);
  return {
    bijnaLineair,
    tekst: [
      `Groei ${klein.factor}x → ${groot.factor}x: regels ×${regels.toFixed(1)}, pagina's ×${paginas.toFixed(2)}, bouwtijd ×${tijd.toFixed(2)}.`,
      `Bouwtijd per pagina ×${perPagina.toFixed(2)}: ${richting} in het aantal pagina's (marge ×${lineaireMarge}).`,
      `Per extra pagina ${(perExtraPagina * 1000).toFixed(1)} ms, tegen ${((klein.seconden / klein.paginas) * 1000).toFixed(1)} ms gemiddeld bij ${klein.factor}x.`,
    ],
  };
}

export function verslag(uitkomsten: readonly Uitkomst[], kernen: number): string {
  const basis = uitkomsten[0];
  const kop = ['factor', 'regels', "pagina's", 'bouw s', "pagina's/s", 'Pagefind s', `t/t(${basis?.factor ?? 1}x)`, 'ms/regel', 'geheugen MB'];
  const rijen = uitkomsten.map((u) => [
    `${u.factor}x`,
    String(u.regels),
    String(u.paginas),
    u.seconden.toFixed(1),
    (u.paginas / u.seconden).toFixed(0),
    u.pagefindSeconden === undefined ? '?' : u.pagefindSeconden.toFixed(1),
    basis ? (u.seconden / basis.seconden).toFixed(2) : '',
    ((u.seconden / u.regels) * 1000).toFixed(0),
    u.piekMbSamen === undefined ? '?' : String(u.piekMbSamen),
  ]);
  const demo = uitkomsten.find((u) => u.factor === 1);
  const demoRegel = demo
    ? `Demo (1x) in ${demo.seconden.toFixed(1)} s op ${kernen} kernen: ${demo.seconden <= doelDemoSeconden ? 'binnen' : 'BOVEN'} het doel van ${doelDemoSeconden} s.`
    : 'Demo (1x) niet gemeten: zet 1 in FACTOREN voor het doel van 60 s.';
  return ['Bouwschaal (mediaan per factor):', ...tabel([kop, ...rijen]).map((r) => `  ${r}`), ...groeiOordeel(uitkomsten).tekst, demoRegel].join('\n');
}
