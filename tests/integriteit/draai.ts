/**
 * `npm run integriteit`: checks over the built site, without a browser. Prints a table and fails
 * when anything is wrong:
 * - html-validate on every checked page: zero errors;
 * - every internal link, file and anchor on those pages exists (in the whole build), in every language;
 * - every checked page has a strict Content-Security-Policy that fits the page.
 * The checked pages are what `npm test` checks: every template and a fixed-seed sample per language
 * (tests/hulp/steekproef.ts); `npm run integriteit:alles` (PAGINAS=alles) checks every page.
 * `DIST_MAP` picks another build folder.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { allePaginas, distMap } from '../hulp/gebouwde-site';
import { keuzeUitleg, kiesPaginas } from '../hulp/steekproef';
import { controleerCsp } from './csp';
import { valideerHtml } from './html-valideren';
import { controleerLinks } from './links';

const gemeente = process.env.SOCIALE_POLIS_GEMEENTE?.trim() || 'voorbeeld';
const inhoud = process.env.SOCIALE_POLIS_INHOUD?.trim() || fileURLToPath(new URL('../../content', import.meta.url));
const siteUrl = (parse(readFileSync(`${inhoud}/gemeenten/${gemeente}/gemeente.yaml`, 'utf8')) as { siteUrl?: string }).siteUrl;

const gebouwd = allePaginas();
const paginas = kiesPaginas(gebouwd);
const talen = new Set(paginas.map((p) => /^\/([a-z]{2,3})\//.exec(p.url)?.[1]).filter(Boolean));
console.log(`Integriteit van ${distMap}: ${keuzeUitleg(paginas.length, gebouwd.length)}, talen ${[...talen].join(', ')}\n`);

const regels: [string, string, number, string][] = [];
const toon = <T,>(fouten: T[], tekst: (f: T) => string) => {
  for (const f of fouten.slice(0, 25)) console.log(`  ${tekst(f)}`);
  if (fouten.length > 25) console.log(`  … en nog ${fouten.length - 25}`);
};

let begin = performance.now();
const csp = controleerCsp(paginas);
regels.push(['Content-Security-Policy', `${paginas.length} pagina's`, csp.length, `${((performance.now() - begin) / 1000).toFixed(1)} s`]);
toon(csp, (f) => `${f.url}: ${f.fout}`);

begin = performance.now();
const links = controleerLinks(paginas, distMap, siteUrl);
regels.push(['Interne links en ankers', `${links.gecontroleerd} links (${links.extern} naar andere sites, niet gevolgd)`, links.kapot.length, `${((performance.now() - begin) / 1000).toFixed(1)} s`]);
toon(links.kapot, (f) => `${f.url}: ${f.link} (${f.reden})`);

begin = performance.now();
const html = await valideerHtml(paginas);
regels.push(['html-validate', `${paginas.length} pagina's`, html.length, `${((performance.now() - begin) / 1000).toFixed(1)} s`]);
toon(html, (f) => `${f.url} ${f.plek}: ${f.regel}: ${f.melding}`);

const breedte = [26, 52, 7, 8];
const rij = (cellen: (string | number)[]) => cellen.map((c, i) => String(c).padEnd(breedte[i]!)).join(' ');
console.log(`\n${rij(['Controle', 'Omvang', 'Fouten', 'Tijd'])}\n${rij(breedte.map((b) => '-'.repeat(b)))}`);
for (const r of regels) console.log(rij(r));
const totaal = csp.length + links.kapot.length + html.length;
console.log(totaal === 0 ? '\nAlles in orde.' : `\n${totaal} fout(en).`);
process.exit(totaal === 0 ? 0 : 1);
