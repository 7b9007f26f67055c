/** Every page URL the sitemap lists, relative to the site root. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `DIST_MAP` points the tests at another build folder (a build with `--outDir`). */
const dist = process.env.DIST_MAP ? `${process.env.DIST_MAP.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

export function sitemapPaden(): string[] {
  return readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(dist + f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
