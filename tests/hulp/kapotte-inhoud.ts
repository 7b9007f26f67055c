/**
 * Broken content for tests: a copy of the real content in a temporary folder with one change, so
 * each test breaks exactly one thing and the rest stays valid.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export const echteInhoud = fileURLToPath(new URL('../../content', import.meta.url));

export function kopieVanInhoud(): { map: string; opruimen: () => void } {
  const basis = mkdtempSync(join(tmpdir(), 'polis-'));
  const map = join(basis, 'content');
  cpSync(echteInhoud, map, { recursive: true });
  return { map, opruimen: () => rmSync(basis, { recursive: true, force: true }) };
}

/** Changes one YAML file of the copy through a function on its parsed data. */
export function wijzig(map: string, bestand: string, aanpassing: (data: any) => unknown): void {
  const pad = join(map, bestand);
  const data = parse(readFileSync(pad, 'utf8'));
  const nieuw = aanpassing(data);
  writeFileSync(pad, stringify(nieuw === undefined ? data : nieuw));
}
