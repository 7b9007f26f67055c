/**
 * Astro integration: after the build, Pagefind indexes the pages that mark their main content with
 * `data-pagefind-body` (entries, topics, neighbourhood teams), one index per page language.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function zoekindex(): AstroIntegration {
  return {
    name: 'sociale-polis-zoekindex',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const map = fileURLToPath(dir);
        const begin = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const toegevoegd = await index.addDirectory({ path: map });
        if (toegevoegd.errors.length) throw new Error(`Pagefind: ${toegevoegd.errors.join('; ')}`);
        const geschreven = await index.writeFiles({ outputPath: join(map, 'pagefind') });
        if (geschreven.errors.length) throw new Error(`Pagefind: ${geschreven.errors.join('; ')}`);
        const { languages } = JSON.parse(readFileSync(join(map, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const perTaal = Object.entries(languages).map(([taal, l]) => `${taal} ${l.page_count}`).join(', ');
        // The build-scale benchmark reads this line to report Pagefind's share of the build.
        logger.info(`${toegevoegd.page_count} pagina's gelezen; doorzoekbaar per taal: ${perTaal}; Pagefind-tijd ${Math.round(performance.now() - begin)} ms`);
        await pagefind.close();
      },
    },
  };
}
