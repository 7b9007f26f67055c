/**
 * `npm run --silent advies -- [--gemeente <slug>] [--datum YYYY-MM-DD] < situatie.json`
 * A thin wrapper around the engine the pages use: read one Situatie on stdin, print one Advies.
 * Exit 2 with one line per problem on stderr for invalid input.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { laadInhoud } from '../content-model/laad-inhoud';
import { InhoudFout } from '../content-model/inhoud-fout';
import { polisVoorAdvies } from '../content-model/polis-voor-advies';
import { maakAdvies } from '../engine/advies';
import { situatie, situatieFouten } from '../schemas/situatie';
import { redenVertaler } from '../i18n/vertaal';

function stop(regels: string[]): never {
  process.stderr.write(regels.join('\n') + '\n');
  process.exit(2);
}

let opties: { gemeente?: string; datum?: string };
try {
  opties = parseArgs({ options: { gemeente: { type: 'string' }, datum: { type: 'string' } }, strict: true }).values;
} catch (fout) {
  stop([`opties: ${(fout as Error).message} (verwacht: --gemeente <slug> en/of --datum JJJJ-MM-DD)`]);
}
const gemeente = opties.gemeente ?? 'voorbeeld';
const datum = opties.datum ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(datum) || Number.isNaN(Date.parse(datum))) stop([`--datum: moet een datum als JJJJ-MM-DD zijn (gekregen: ${datum})`]);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(gemeente)) stop([`--gemeente: moet een slug zijn, zoals voorbeeld (gekregen: ${gemeente})`]);

let invoer: unknown;
try {
  invoer = JSON.parse(readFileSync(0, 'utf8'));
} catch {
  stop(['situatie: moet geldige JSON zijn, zoals {"onderwerpen": ["huishouden"]}']);
}
const fouten = situatieFouten(invoer);
if (fouten.length > 0) stop(fouten);

const inhoudMap = process.env.SOCIALE_POLIS_INHOUD?.trim() || fileURLToPath(new URL('../../content', import.meta.url));
let polis;
try {
  polis = polisVoorAdvies(laadInhoud({ inhoudMap, gemeente, datum }));
} catch (fout) {
  if (fout instanceof InhoudFout) {
    process.stderr.write(fout.message + '\n');
    process.exit(1);
  }
  throw fout;
}
const advies = maakAdvies(situatie.parse(invoer), polis, datum, redenVertaler('nl'));
process.stdout.write(JSON.stringify(advies, null, 2) + '\n');
