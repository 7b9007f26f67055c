/**
 * The one setting that picks the municipality, and the date the content is evaluated on.
 * Both come from the environment so a build, a test and the CLI agree without code changes.
 */
import { fileURLToPath } from 'node:url';

/** `SOCIALE_POLIS_GEMEENTE`: folder under `content/gemeenten/`; default the demo, `voorbeeld`. */
export function gekozenGemeente(): string {
  return process.env.SOCIALE_POLIS_GEMEENTE?.trim() || 'voorbeeld';
}

/** `SOCIALE_POLIS_INHOUD`: the content folder; tests point it at broken copies. */
export function inhoudMap(): string {
  return process.env.SOCIALE_POLIS_INHOUD?.trim() || fileURLToPath(new URL('../../content', import.meta.url));
}

/** `SOCIALE_POLIS_DATUM` (`YYYY-MM-DD`): the build date; default today. */
export function bouwdatum(): string {
  const gezet = process.env.SOCIALE_POLIS_DATUM?.trim();
  if (gezet) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(gezet)) throw new Error(`SOCIALE_POLIS_DATUM: verwacht een datum als JJJJ-MM-DD (gekregen: ${gezet})`);
    return gezet;
  }
  return new Date().toISOString().slice(0, 10);
}
