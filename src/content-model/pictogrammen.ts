/**
 * Pictograms come from the open Tabler icon set (MIT licence), read at build time and inlined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const map = join(dirname(require.resolve('@tabler/icons/package.json')), 'icons', 'outline');

export function pictogramBestaat(naam: string): boolean {
  return /^[a-z0-9-]+$/.test(naam) && existsSync(join(map, `${naam}.svg`));
}

/** The SVG markup, decorative: the label always sits next to it in text. */
export function pictogramSvg(naam: string): string {
  return readFileSync(join(map, `${naam}.svg`), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*class="[^"]*"/, ' class="pictogram" aria-hidden="true" focusable="false"')
    .replace(/\s+/g, ' ')
    .trim();
}
