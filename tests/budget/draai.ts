/**
 * `npm run budget`: size budgets over the built site (`dist/`, or `DIST_MAP`). Prints a table per
 * kind of page and the largest pages, writes every measured page's figures to
 * test-results/budget/paginas.tsv, and fails when a page is over budget, loads a framework it does not
 * use, or uses a web font from another site. Measures what `npm test` measures: every template, a
 * fixed-seed sample per language and the 3 largest pages on disk of each kind in each language
 * (tests/hulp/steekproef.ts);
 * `npm run budget:alles` (PAGINAS=alles) measures every page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alleBestanden, allePaginas, distMap, lees } from '../hulp/gebouwde-site';
import { keuzeUitleg, kiesPaginas } from '../hulp/steekproef';
import { budget, kb, kleineSoorten, Meter, type PaginaMaat } from './meet';

const meter = new Meter(distMap);
const gebouwd = allePaginas();
const paginas = kiesPaginas(gebouwd, { grootste: 3 });
const maten = paginas.map((p) => meter.meet(p));

// A page without an island must not load the Preact renderer or anything only it needs.
const frameworkBestanden = new Set<string>();
for (const p of paginas)
  for (const m of lees(p.bestand).matchAll(/renderer-url="([^"]+)"/g)) meter.sluiting(m[1]!, frameworkBestanden);
for (const m of maten)
  if (!m.stroom) for (const s of m.scripts) if (frameworkBestanden.has(s)) m.over.push(`laadt ${s} (Preact) zonder eiland`);

// Fonts: system fonts, or subsets hosted here (woff2 from this site).
const lettertypen: string[] = [];
const fontFouten: string[] = [];
for (const bestand of alleBestanden().filter((b) => b.endsWith('.css') && !b.includes('/pagefind/'))) {
  const css = readFileSync(bestand, 'utf8');
  for (const blok of css.match(/@font-face\s*{[^}]*}/g) ?? [])
    for (const u of blok.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
      lettertypen.push(u[1]!);
      if (/^(https?:)?\/\//.test(u[1]!) || !/\.woff2$/.test(u[1]!)) fontFouten.push(`${bestand}: ${u[1]} (verwacht: een woff2-bestand van deze site)`);
    }
  for (const i of css.matchAll(/@import\s+(?:url\()?["']?((?:https?:)?\/\/[^"')]+)/g)) fontFouten.push(`${bestand}: @import van een andere site: ${i[1]}`);
}

// Table per kind of page.
const soorten = [...new Set(maten.map((m) => m.soort))].sort();
const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const breedte = [11, 7, 22, 22, 22, 22];
const rij = (c: (string | number)[]) => c.map((x, i) => String(x).padEnd(breedte[i]!)).join(' ');
console.log(`Budgetten over ${distMap} (gzip): ${keuzeUitleg(paginas.length, gebouwd.length, ' en de 3 grootste van elke soort per taal')}\n`);
console.log(rij(['Soort', "Pagina's", 'HTML mediaan / max', 'CSS max', 'JS max', 'Budget HTML / JS']));
console.log(rij(breedte.map((b) => '-'.repeat(b))));
for (const s of soorten) {
  const groep = maten.filter((m) => m.soort === s);
  const max = (f: (m: PaginaMaat) => number) => Math.max(...groep.map(f));
  const stroom = groep.some((m) => m.stroom);
  console.log(
    rij([
      s,
      groep.length,
      `${kb(mediaan(groep.map((m) => m.html)))} / ${kb(max((m) => m.html))}`,
      kb(max((m) => m.css)),
      `${kb(max((m) => m.js))}${stroom ? ' (eiland)' : ''}`,
      `${kb(kleineSoorten.includes(s) ? budget.htmlKlein : budget.htmlOverig)} / ${stroom ? `${kb(budget.jsInhoud)} of ${kb(budget.jsStroom)}` : kb(budget.jsInhoud)}`,
    ]),
  );
}

console.log("\nGrootste pagina's (HTML, gzip):");
for (const m of [...maten].sort((a, b) => b.html - a.html).slice(0, 8)) console.log(`  ${kb(m.html).padStart(8)}  ${m.soort.padEnd(10)} ${m.url}`);
console.log("\nPagina's met de meeste JavaScript:");
const perJs = new Map<number, PaginaMaat[]>();
for (const m of maten) perJs.set(m.js, [...(perJs.get(m.js) ?? []), m]);
for (const [js, groep] of [...perJs].sort((a, b) => b[0] - a[0]).slice(0, 6))
  console.log(`  ${kb(js).padStart(8)}  ${groep.length} pagina's, bv. ${groep[0]!.url}${groep[0]!.stroom ? ' (eiland)' : ''}`);

// Search loads its engine only when a resident searches: shown, not part of the page budget.
try {
  const zoek = ['pagefind/pagefind.js', 'pagefind/wasm.nl.pagefind'].map((f) => meter.maat(`/${f}`));
  console.log(`\nZoekmachine (Pagefind, pas bij de eerste zoekvraag): pagefind.js ${kb(zoek[0]!)}, wasm ${kb(zoek[1]!)}`);
} catch {
  // A build without a search index has nothing to report here.
}
// The wegwijzer island fetches its data as it starts: a separate, cacheable file per language.
const gegevens = alleBestanden().filter((b) => /\/wegwijzer\/gegevens\.json$/.test(b));
const gegevensOver: string[] = [];
if (gegevens.length) {
  const maten = gegevens.map((b) => [b.slice(distMap.length), meter.maat(b.slice(distMap.length))] as const);
  console.log(`\nGegevens van de wegwijzer (bij het starten, grens ${kb(budget.htmlOverig)}): ${maten.map(([b, m]) => `${b.split('/')[1]} ${kb(m)}`).join(', ')}`);
  for (const [b, m] of maten) if (m > budget.htmlOverig) gegevensOver.push(`${b}: ${kb(m)} > ${kb(budget.htmlOverig)}`);
}
// The Dutch column of the advice (other languages only) comes after the first question: same limit.
const nlGegevens = alleBestanden().filter((b) => /\/wegwijzer\/gegevens-nl\.json$/.test(b));
if (nlGegevens.length) {
  const maten = nlGegevens.map((b) => [b.slice(distMap.length), meter.maat(b.slice(distMap.length))] as const);
  console.log(`Nederlandse teksten bij het advies (daarna, grens ${kb(budget.htmlOverig)}): ${maten.map(([b, m]) => `${b.split('/')[1]} ${kb(m)}`).join(', ')}`);
  for (const [b, m] of maten) if (m > budget.htmlOverig) gegevensOver.push(`${b}: ${kb(m)} > ${kb(budget.htmlOverig)}`);
}
console.log(lettertypen.length ? `\nLettertypen: ${lettertypen.join(', ')}` : '\nLettertypen: alleen systeemletters (geen @font-face)');

mkdirSync('test-results/budget', { recursive: true });
writeFileSync(
  join('test-results/budget', 'paginas.tsv'),
  ['url\tsoort\thtml_gz\tcss_gz\tjs_gz\teiland', ...maten.map((m) => [m.url, m.soort, m.html, m.css, m.js, m.stroom ? 'ja' : 'nee'].join('\t'))].join('\n'),
);

const over = maten.filter((m) => m.over.length);
for (const m of over.slice(0, 40)) console.log(`OVER BUDGET ${m.url}: ${m.over.join('; ')}`);
if (over.length > 40) console.log(`… en nog ${over.length - 40} pagina's over budget`);
for (const f of fontFouten) console.log(`LETTERTYPE ${f}`);
for (const g of gegevensOver) console.log(`OVER BUDGET ${g}`);
const mis = over.length + fontFouten.length + gegevensOver.length;
console.log(mis ? `\n${mis} overschrijding(en).` : "\nAlle pagina's en bestanden binnen budget.");
process.exit(mis ? 1 : 0);
