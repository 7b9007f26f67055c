/** Every page URL the sitemap lists, relative to the site root. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distMap } from '../hulp/gebouwde-site';

export function sitemapPaden(): string[] {
  return readdirSync(distMap)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(distMap, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}
