/**
 * Errors in content. Every problem names the file, the field and what was expected, so that a
 * content editor can fix it without reading code.
 */
import type { z } from 'zod';

export interface Probleem {
  /** Path of the file relative to the content folder's parent, e.g. `content/nationaal/bedragen.yaml`. */
  bestand: string;
  /** Dotted field path inside the file, e.g. `[2].waarden[0].geldigVanaf`; empty for the file itself. */
  veld: string;
  /** What was expected, and what was found when that helps. */
  verwacht: string;
}

export function regel(p: Probleem): string {
  return p.veld ? `${p.bestand}: veld "${p.veld}": ${p.verwacht}` : `${p.bestand}: ${p.verwacht}`;
}

export class InhoudFout extends Error {
  readonly problemen: Probleem[];
  constructor(problemen: Probleem[]) {
    super(
      `De inhoud bevat ${problemen.length} ${problemen.length === 1 ? 'fout' : 'fouten'}:\n` +
        problemen.map((p) => `- ${regel(p)}`).join('\n'),
    );
    this.name = 'InhoudFout';
    this.problemen = problemen;
  }
}

export function veldpad(pad: readonly PropertyKey[], voorvoegsel = ''): string {
  let uit = voorvoegsel;
  for (const stap of pad) {
    if (typeof stap === 'number') uit += `[${stap}]`;
    else uit += uit ? `.${String(stap)}` : String(stap);
  }
  return uit;
}

function beschrijf(waarde: unknown): string {
  if (waarde === undefined) return 'niets';
  const json = JSON.stringify(waarde);
  return json && json.length > 40 ? `${json.slice(0, 37)}...` : String(json);
}

/** Turns zod's issues into problems with a Dutch "expected" that says what to write. */
export function zodProblemen(
  bestand: string,
  fout: z.ZodError,
  invoer: unknown,
  voorvoegsel: readonly PropertyKey[] = [],
): Probleem[] {
  return fout.issues.map((issue) => {
    const pad = [...voorvoegsel, ...issue.path];
    const gevonden = zoekWaarde(invoer, issue.path);
    let verwacht: string;
    if (issue.code === 'invalid_type' && gevonden === undefined) {
      verwacht = `verplicht veld ontbreekt (verwacht: ${issue.message})`;
    } else if (issue.code === 'unrecognized_keys') {
      verwacht = `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')} (verwacht: alleen de velden uit het schema; controleer de spelling)`;
    } else {
      verwacht = `verwacht: ${issue.message} (gekregen: ${beschrijf(gevonden)})`;
    }
    return { bestand, veld: veldpad(pad), verwacht };
  });
}

function zoekWaarde(invoer: unknown, pad: readonly PropertyKey[]): unknown {
  let huidig: unknown = invoer;
  for (const stap of pad) {
    if (huidig === null || typeof huidig !== 'object') return undefined;
    huidig = (huidig as Record<PropertyKey, unknown>)[stap];
  }
  return huidig;
}
