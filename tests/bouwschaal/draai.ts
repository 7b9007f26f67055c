/**
 * `npm run bouwschaal` — builds synthetic municipalities with 1x, 5x and 20x the demo's entries in
 * all its languages and prints build time, pages per second and Pagefind's time for each, so the
 * growth of the build's cost is visible. Results: test-results/bouwschaal/resultaat.json.
 *
 * Env: FACTOREN (default "1,5,20"), RONDES (builds per factor, median; default 1), BEWAAR=1 (keep the
 * temporary content and output), WEGWIJZER_KOPIEEN=1 (copies keep their wegwijzer rules).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bouwdatum, gekozenGemeente } from '../../src/config/instellingen';
import { InhoudFout } from '../../src/content-model/inhoud-fout';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { meetBouw, type Bouwmeting } from './meet';
import { vermenigvuldig, type SynthetischeInhoud } from './vermenigvuldig';
import { doelDemoSeconden, groeiOordeel, mediaan, verslag, type Uitkomst } from './verslag';

function getallen(naam: string, standaard: string): number[] {
  const tekst = process.env[naam]?.trim() || standaard;
  const uit = tekst.split(',').map((s) => Number(s.trim()));
  if (uit.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${naam}: gehele getallen van 1 of meer, gescheiden door komma's (gekregen: ${tekst})`);
  return uit;
}

const project = fileURLToPath(new URL('../..', import.meta.url));
const factoren = [...new Set(getallen('FACTOREN', '1,5,20'))].sort((a, b) => a - b);
const [rondes = 1] = getallen('RONDES', '1');
const bewaar = process.env.BEWAAR === '1';
const wegwijzerInKopieen = process.env.WEGWIJZER_KOPIEEN === '1';
const gemeente = gekozenGemeente();
const datum = bouwdatum();
const kernen = availableParallelism();
const resultaten = join(project, 'test-results', 'bouwschaal');
mkdirSync(resultaten, { recursive: true });

let huidige: SynthetischeInhoud | undefined;
const ruimOp = () => {
  if (huidige && !bewaar) huidige.opruimen();
  huidige = undefined;
};
for (const signaal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signaal, () => {
    ruimOp();
    process.exit(130);
  });

const uitkomsten: (Uitkomst & { gemeentelijkeRegels: number; organisaties: number; plekken: number; metingen: Bouwmeting[] })[] = [];
const schrijfJson = () => {
  const groei = groeiOordeel(uitkomsten);
  const demo = uitkomsten.find((u) => u.factor === 1);
  const json = {
    gemeten: new Date().toISOString(),
    datum,
    gemeente,
    kernen,
    node: process.version,
    rondes,
    wegwijzerInKopieen,
    uitkomsten,
    groei: { bijnaLineair: groei.bijnaLineair, tekst: groei.tekst },
    demoBinnenDoel: demo ? demo.seconden <= doelDemoSeconden : undefined,
  };
  writeFileSync(join(resultaten, 'resultaat.json'), JSON.stringify(json, null, 2) + '\n');
};

console.log(`Bouwschaal: gemeente ${gemeente}, factoren ${factoren.join(', ')}, ${rondes} ronde(s), ${kernen} kernen, datum ${datum}.`);
try {
  for (const factor of factoren) {
    huidige = vermenigvuldig({ factor, gemeente, wegwijzerInKopieen });
    // Check before building: a content error then names file and field at once, without an Astro stack.
    const inhoud = laadInhoud({ inhoudMap: huidige.map, gemeente, datum, pictogramBestaat });
    console.log(
      `${factor}x: ${inhoud.polis.length} polisregels (${huidige.gemeentelijkeRegels} van de gemeente), ${huidige.organisaties} organisaties, ` +
        `${huidige.plekken} plekken van de gemeente, ${inhoud.gemeente.data.talen.length} talen; inhoud in orde${bewaar ? ` (${huidige.map})` : ''}.`,
    );
    const metingen: Bouwmeting[] = [];
    for (let ronde = 1; ronde <= rondes; ronde++) {
      const uitMap = join(huidige.basis, `dist-${ronde}`);
      const meting = await meetBouw({ project, inhoudMap: huidige.map, gemeente, uitMap, logPad: join(resultaten, `bouw-${factor}x-${ronde}.log`) });
      metingen.push(meting);
      console.log(
        `  ronde ${ronde}: ${meting.seconden.toFixed(1)} s, ${meting.paginas} pagina's, Pagefind ${meting.pagefindSeconden?.toFixed(1) ?? '?'} s, ` +
          `geheugen ${meting.piekMbSamen ?? '?'} MB (Astro ${meting.piekMbAstro ?? '?'} MB)`,
      );
      // A 20x site takes a lot of disk; only the last round's output is worth keeping.
      if (!bewaar || ronde < rondes) rmSync(uitMap, { recursive: true, force: true });
    }
    const pagefind = metingen.flatMap((m) => (m.pagefindSeconden === undefined ? [] : [m.pagefindSeconden]));
    const geheugen = metingen.flatMap((m) => (m.piekMbSamen === undefined ? [] : [m.piekMbSamen]));
    uitkomsten.push({
      factor,
      regels: inhoud.polis.length,
      gemeentelijkeRegels: huidige.gemeentelijkeRegels,
      organisaties: huidige.organisaties,
      plekken: huidige.plekken,
      paginas: metingen.at(-1)!.paginas,
      seconden: mediaan(metingen.map((m) => m.seconden)),
      pagefindSeconden: pagefind.length ? mediaan(pagefind) : undefined,
      piekMbSamen: geheugen.length ? Math.max(...geheugen) : undefined,
      rondes: metingen.map((m) => m.seconden),
      metingen,
    });
    schrijfJson();
    ruimOp();
  }
} catch (fout) {
  ruimOp();
  console.error(fout instanceof InhoudFout ? `Synthetische inhoud afgekeurd:\n${fout.message}` : fout);
  if (uitkomsten.length) console.log(verslag(uitkomsten, kernen));
  process.exit(1);
}

console.log(verslag(uitkomsten, kernen));
console.log(`Resultaat: ${join('test-results', 'bouwschaal', 'resultaat.json')}`);
