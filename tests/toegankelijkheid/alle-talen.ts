/**
 * `npm run toegankelijkheid:alles` — axe on every URL of the sitemap in every language, at 360 and
 * 1280 px, with the same rules as the test suite (tests/hulp/axe.ts). Too slow for every CI run
 * (about 11,000 page checks); run it before a release. Builds nothing: expects `npm run build`.
 * Starts its own preview server unless BASIS_URL points at one. Prints a table per language and
 * exits 1 when any page has a violation.
 *   TALEN=ar,uk  only these languages     PARALLEL=2  pages checked at once
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import { axeOpBreedtes } from '../hulp/axe';
import { chromiumOpties } from '../hulp/chromium';
import { sitemapPaden } from '../e2e/sitemap';

const eigenServer = !process.env.BASIS_URL;
const basis = process.env.BASIS_URL ?? 'http://127.0.0.1:4323';
const talen = process.env.TALEN?.split(',');
const parallel = Number(process.env.PARALLEL ?? 2);

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', '4323', '--ignore-lock'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${basis}/nl/`)).ok) return server;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error('De preview-server start niet.');
}

const paden = sitemapPaden().filter((p) => p !== '/' && (!talen || talen.includes(p.split('/')[1]!)));
const server = eigenServer ? await startServer() : undefined;
const browser = await chromium.launch(chromiumOpties());
const begin = Date.now();
const perTaal = new Map<string, { paginas: number; fout: number }>();
const fouten: string[] = [];
let volgende = 0;

async function werker() {
  const context = await browser.newContext({ baseURL: basis });
  const page = await context.newPage();
  while (volgende < paden.length) {
    const pad = paden[volgende++]!;
    const taal = pad.split('/')[1]!;
    const stand = perTaal.get(taal) ?? { paginas: 0, fout: 0 };
    perTaal.set(taal, stand);
    const gevonden = await axeOpBreedtes(page, pad);
    stand.paginas++;
    if (gevonden.length) {
      stand.fout++;
      fouten.push(...gevonden);
    }
    const klaar = [...perTaal.values()].reduce((n, s) => n + s.paginas, 0);
    if (klaar % 250 === 0) console.log(`${klaar}/${paden.length} pagina's, ${Math.round((Date.now() - begin) / 1000)} s`);
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: parallel }, werker));
} finally {
  await browser.close();
  server?.kill();
}

console.log('\ntaal  pagina\'s  met fouten');
for (const [taal, s] of [...perTaal].sort()) console.log(`${taal.padEnd(4)}  ${String(s.paginas).padStart(8)}  ${String(s.fout).padStart(10)}`);
console.log(`\n${paden.length} pagina's op 360 en 1280 px in ${Math.round((Date.now() - begin) / 1000)} s; ${fouten.length} schendingen.`);
for (const f of fouten.slice(0, 50)) console.log(`- ${f}`);
process.exit(fouten.length ? 1 : 0);
