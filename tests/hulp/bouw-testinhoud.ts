/**
 * Builds the site from a test copy of the content. Astro keeps intermediate files in the project's
 * `.astro/` folder whatever `--outDir` says, so two builds at once spoil each other: test files that
 * build take turns through a lock folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export function bouwMetInhoud(inhoudMap: string, outDir: string, env: Record<string, string> = {}): { status: number | null; uitvoer: string } {
  return metSlot(() => {
    const uitkomst = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', outDir], {
      env: { ...process.env, SOCIALE_POLIS_INHOUD: inhoudMap, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      encoding: 'utf8',
      timeout: 240_000,
    });
    return { status: uitkomst.status, uitvoer: `${uitkomst.stdout}\n${uitkomst.stderr}` };
  });
}
