// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { snoeiTokensPlugin } from './src/bouw/snoei-tokens.ts';
import { zoekindex } from './src/bouw/zoekindex.ts';

// The one setting that picks the municipality (see src/config/instellingen.ts).
const gemeente = process.env.SOCIALE_POLIS_GEMEENTE?.trim() || 'voorbeeld';
const inhoud = process.env.SOCIALE_POLIS_INHOUD?.trim() || new URL('./content', import.meta.url).pathname;
let site;
let talen = ['nl'];
try {
  const profiel = parse(readFileSync(join(inhoud, 'gemeenten', gemeente, 'gemeente.yaml'), 'utf8'));
  site = profiel?.siteUrl;
  if (Array.isArray(profiel?.talen)) talen = profiel.talen.map(String);
} catch {
  // The content check reports a missing or broken profile with file and field; do not fail here first.
}

// Former slugs (`eerdereSlugs`) only redirect: their pages stay out of the sitemap.
const eerdereSlugs = new Set();
for (const map of [join(inhoud, 'nationaal', 'polis'), join(inhoud, 'gemeenten', gemeente, 'polis')])
  try {
    for (const bestand of readdirSync(map).filter((f) => f.endsWith('.yaml')))
      for (const oud of parse(readFileSync(join(map, bestand), 'utf8'))?.eerdereSlugs ?? []) eerdereSlugs.add(String(oud));
  } catch {
    // As above: the content check reports broken content.
  }
const inSitemap = (/** @type {string} */ url) => !eerdereSlugs.has(/^\/[a-z]{2,3}\/polis\/([^/]+)\/$/.exec(new URL(url).pathname)?.[1] ?? '');

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Same slugs in every language under /<taal>/, so the sitemap can pair each page with its
  // translations (xhtml:link alternates), as the pages' own hreflang links do.
  integrations: [preact(), zoekindex(), sitemap({ filter: inSitemap, i18n: { defaultLocale: 'nl', locales: Object.fromEntries(talen.map((t) => [t, t])) } })],
  // Every page carries its own policy in a <meta> element, so it holds on any static host: scripts and
  // styles only from this site or by hash, nothing from other origins. Pagefind's search runs WebAssembly,
  // hence 'wasm-unsafe-eval' (it allows compiling WebAssembly, not eval of JavaScript). frame-ancestors
  // cannot be set in a <meta> element: public/_headers sets it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No Markdown code on this site; Shiki's inline styles would not pass the policy above.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { plugins: [snoeiTokensPlugin()] },
});
