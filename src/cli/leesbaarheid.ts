/**
 * `npm run leesbaarheid` — how readable each polis entry of the chosen municipality is (Dutch source).
 * One row per entry: "In het kort" and the full entry, each with words per sentence, the share of
 * long words (4+ syllables) and the Flesch-Douma score; then the minimum and median. Exit 1 when any
 * entry fails the bar in `drempels` (src/domain/leesbaarheid.ts), 0 otherwise.
 */
import { InhoudFout } from '../content-model/inhoud-fout';
import { laadGekozenInhoud } from '../content-model/laad-gekozen-inhoud';
import { lettergrepen } from '../content-model/lettergrepen';
import { drempels, leesbaarheidVan, mediaan, type Meting } from '../domain/leesbaarheid';

let inhoud;
try {
  inhoud = laadGekozenInhoud();
} catch (fout) {
  if (!(fout instanceof InhoudFout)) throw fout;
  console.error(fout.message);
  process.exit(1);
}

const titels = new Map(inhoud.polis.map((p) => [p.slug, p.data.titel]));
const rijen = inhoud.polis
  .map((p) => ({ slug: p.slug, ...leesbaarheidVan(p.data, lettergrepen, (s) => titels.get(s)) }))
  .sort((a, b) => a.slug.localeCompare(b.slug, 'nl'));

const breedte = Math.max(...rijen.map((r) => r.slug.length), 'regeling'.length);
const getal = (n: number, b = 6) => n.toFixed(1).replace('.', ',').padStart(b);
const meting = (m: Meting) => `${getal(m.woordenPerZin)} ${getal(m.procentLangeWoorden)} ${getal(m.fleschDouma)}`;

const koppen = ['w/zin', '% lang', 'F-D'].map((k) => k.padStart(6)).join(' ');
console.log(`${''.padEnd(breedte)}  ${'In het kort'.padStart(20)}   ${'hele regeling'.padStart(20)}`);
console.log(`${'regeling'.padEnd(breedte)}  ${koppen}   ${koppen}   oordeel`);
for (const r of rijen)
  console.log(`${r.slug.padEnd(breedte)}  ${meting(r.inHetKort)}   ${meting(r.volledig)}   ${r.problemen.length ? 'TE MOEILIJK' : 'OK'}`);

const kort = rijen.map((r) => r.inHetKort.fleschDouma);
const heel = rijen.map((r) => r.volledig.fleschDouma);
const fout = rijen.filter((r) => r.problemen.length > 0);
console.log(
  `\n${inhoud.gemeente.data.naam}, ${rijen.length} regelingen. Flesch-Douma In het kort: min ${getal(Math.min(...kort), 0)}, ` +
    `mediaan ${getal(mediaan(kort), 0)}; hele regeling: min ${getal(Math.min(...heel), 0)}, mediaan ${getal(mediaan(heel), 0)}. ` +
    `Eis: In het kort ≥ ${drempels.inHetKort.minFleschDouma} en ≤ ${drempels.inHetKort.maxWoordenPerZin} woorden per zin, ` +
    `hele regeling ≥ ${drempels.volledig.minFleschDouma}.`,
);
if (fout.length) {
  console.log(`${fout.length} te moeilijk:`);
  for (const r of fout) console.log(`  ${r.slug}: ${r.problemen.join('; ')}`);
  process.exit(1);
}
console.log('Alles in orde.');
