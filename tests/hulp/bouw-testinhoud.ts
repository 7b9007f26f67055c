/**
 * Builds the site from a test copy of the content. Astro keeps intermediate files in the project's
 * `.astro/` folder whatever `--outDir` says, so two builds at once spoil each other: test files that
 * build take turns through a lock folder.
 *
 * A full build takes most of a minute, so the test files that need a successful build of changed
 * content share one (`gedeeldeTestbouw`): the first to ask builds it under the lock, the others wait
 * for the lock and then read the same result. It lives in a folder that `testbouw-opzet.ts` (vitest's
 * globalSetup) makes for each test run and removes afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { echteInhoud, wijzig } from './kapotte-inhoud';

const slot = join(tmpdir(), `sociale-polis-testbouw-${Buffer.from(process.cwd()).toString('hex').slice(-24)}`);
const wacht = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function metSlot<T>(werk: () => T): T {
  for (;;) {
    try {
      mkdirSync(slot);
      break;
    } catch {
      // A lock older than a build can take was left by a test that was killed.
      try {
        if (Date.now() - statSync(slot).mtimeMs > 300_000) rmSync(slot, { recursive: true, force: true });
      } catch {
        // Gone in the meantime: try again.
      }
      wacht(500);
    }
  }
  try {
    return werk();
  } finally {
    rmSync(slot, { recursive: true, force: true });
  }
}

interface Uitkomst { status: number | null; uitvoer: string }

function bouw(inhoudMap: string, outDir: string, env: Record<string, string>): Uitkomst {
  const uitkomst = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
    env: { ...process.env, SOCIALE_POLIS_INHOUD: inhoudMap, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: uitkomst.status, uitvoer: `${uitkomst.stdout}\n${uitkomst.stderr}` };
}

export function bouwMetInhoud(inhoudMap: string, outDir: string, env: Record<string, string> = {}): Uitkomst {
  return metSlot(() => bouw(inhoudMap, outDir, env));
}

/** The build date of the shared test build. */
export const TESTBOUW_DATUM = '2026-11-24';
/** Text and title of the entry that tries to inject markup (inhoud-onschadelijk.test.ts). */
export const AANVAL_TEKST =
  'Hebt u geen inkomen? <script>window.geinjecteerd = 1</script> <a href="javascript:window.geinjecteerd = 2">Klik hier</a> <img src="x" onerror="window.geinjecteerd = 3"> Dat is alles.';
export const AANVAL_TITEL = 'Bijstand </script><script>window.geinjecteerd = 4</script>';

/**
 * The shared test content: a copy of the real content with the changes of every test file that reads
 * the shared build. Each change touches its own file or field, so the tests do not see each other's.
 */
function maakGedeeldeInhoud(map: string): void {
  // Dutch, one left-to-right and one right-to-left translation are enough and keep the build short
  // (bouw-terugval: only these are built; inhoud-onschadelijk: the templates are the same in every language).
  wijzig(map, 'gemeenten/voorbeeld/gemeente.yaml', (d) => void (d.talen = ['nl', 'en', 'ar']));
  // bouw-terugval: one Arabic entry without its translation, one English entry without a section.
  rmSync(join(map, 'gemeenten/voorbeeld/vertalingen/ar/polis/bijstand.yaml'));
  wijzig(map, 'gemeenten/voorbeeld/vertalingen/en/polis/bijstand.yaml', (d) => void delete d.voorWie);
  // inhoud-onschadelijk: the Dutch entry carries markup in its title and text, and was last checked long ago.
  wijzig(map, 'gemeenten/voorbeeld/polis/bijstand.yaml', (d) => {
    d.titel = AANVAL_TITEL;
    d.inHetKort[0] = AANVAL_TEKST;
    d.laatstGecontroleerd = '2020-01-01';
  });
}

export interface Testbouw extends Uitkomst {
  /** The changed content the build was made from. */
  inhoud: string;
  /** The built site. */
  dist: string;
}

/** The shared build of the test content, made once per test run (see above). */
export function gedeeldeTestbouw(): Testbouw {
  const map = inject('testbouwMap');
  const inhoud = join(map, 'content');
  const dist = join(map, 'dist');
  const klaar = join(map, 'uitkomst.json');
  return metSlot(() => {
    if (!existsSync(klaar)) {
      rmSync(inhoud, { recursive: true, force: true });
      cpSync(echteInhoud, inhoud, { recursive: true });
      maakGedeeldeInhoud(inhoud);
      writeFileSync(klaar, JSON.stringify(bouw(inhoud, dist, { SOCIALE_POLIS_DATUM: TESTBOUW_DATUM })));
    }
    return { inhoud, dist, ...(JSON.parse(readFileSync(klaar, 'utf8')) as Uitkomst) };
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this test run's shared build (testbouw-opzet.ts). */
    testbouwMap: string;
  }
}
