/**
 * One measured build: wall clock, built HTML pages, Pagefind's own time (from the line the project's
 * Pagefind integration logs) and peak memory, sampled from /proc because Node does not report a
 * child's resource use.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Bouwmeting {
  seconden: number;
  paginas: number;
  /** Pagefind's time from the build log; undefined when the line is missing. */
  pagefindSeconden?: number;
  /** Peak resident memory of the Astro process (VmHWM), in MB. */
  piekMbAstro?: number;
  /** Highest sampled resident memory of Astro and its children together (Pagefind runs as one), in MB. */
  piekMbSamen?: number;
}

export interface BouwOpties {
  project: string;
  inhoudMap: string;
  gemeente: string;
  uitMap: string;
  logPad: string;
}

const pagefindRegel = /Pagefind-tijd (\d+) ms/;
const zonderKleur = (tekst: string) => tekst.replace(/\x1b\[[0-9;]*m/g, '');

function statusKb(pid: number, veld: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${veld}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The process and all its descendants, from the parent ids in /proc/<pid>/stat. */
function boom(wortel: number): number[] {
  const kinderen = new Map<number, number[]>();
  for (const naam of readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      const stat = readFileSync(`/proc/${naam}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields count from the last ')'.
      const ouder = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kinderen.set(ouder, [...(kinderen.get(ouder) ?? []), Number(naam)]);
    } catch {
      // gone already
    }
  }
  const uit = [wortel];
  for (let i = 0; i < uit.length; i++) uit.push(...(kinderen.get(uit[i]!) ?? []));
  return uit;
}

function telHtml(map: string): number {
  return (readdirSync(map, { recursive: true }) as string[]).filter((pad) => pad.endsWith('.html')).length;
}

export async function meetBouw({ project, inhoudMap, gemeente, uitMap, logPad }: BouwOpties): Promise<Bouwmeting> {
  const log = createWriteStream(logPad);
  const begin = performance.now();
  const kind = spawn(join(project, 'node_modules/.bin/node'), [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', uitMap], {
    cwd: project,
    env: { ...process.env, SOCIALE_POLIS_INHOUD: inhoudMap, SOCIALE_POLIS_GEMEENTE: gemeente, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pagefindMs: number | undefined;
  let staart = '';
  const lees = (stukje: Buffer) => {
    log.write(stukje);
    // Keep a tail for the error message, and enough overlap that a line split over two chunks is still found.
    staart = (staart + zonderKleur(stukje.toString('utf8'))).slice(-20_000);
    const m = pagefindRegel.exec(staart);
    if (m) pagefindMs = Number(m[1]);
  };
  kind.stdout.on('data', lees);
  kind.stderr.on('data', lees);

  let piekAstro = 0;
  let piekSamen = 0;
  const meetGeheugen = () => {
    if (kind.pid === undefined) return;
    piekAstro = Math.max(piekAstro, statusKb(kind.pid, 'VmHWM'));
    piekSamen = Math.max(piekSamen, boom(kind.pid).reduce((som, pid) => som + statusKb(pid, 'VmRSS'), 0));
  };
  const peiler = setInterval(meetGeheugen, 500);

  const code = await new Promise<number | null>((klaar, mis) => {
    kind.on('error', mis);
    kind.on('close', klaar);
  }).finally(() => clearInterval(peiler));
  const seconden = (performance.now() - begin) / 1000;
  await new Promise<void>((klaar) => log.end(klaar));
  if (code !== 0) throw new Error(`astro build stopte met code ${code} na ${seconden.toFixed(0)} s (log: ${logPad}):\n${staart.split('\n').slice(-30).join('\n')}`);
  if (!existsSync(uitMap)) throw new Error(`astro build schreef niets naar ${uitMap}`);

  return {
    seconden,
    paginas: telHtml(uitMap),
    pagefindSeconden: pagefindMs === undefined ? undefined : pagefindMs / 1000,
    piekMbAstro: piekAstro ? Math.round(piekAstro / 1024) : undefined,
    piekMbSamen: piekSamen ? Math.round(piekSamen / 1024) : undefined,
  };
}
