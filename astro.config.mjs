// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { snoeiTokensPlugin } from './src/bouw/snoei-tokens.ts';

// The one setting that picks the municipality (see src/config/instellingen.ts).
const gemeente = process.env.SOCIALE_POLIS_GEMEENTE?.trim() || 'voorbeeld';
const inhoud = process.env.SOCIALE_POLIS_INHOUD?.trim() || new URL('./content', import.meta.url).pathname;
let site;
try {
  site = parse(readFileSync(join(inhoud, 'gemeenten', gemeente, 'gemeente.yaml'), 'utf8'))?.siteUrl;
} catch {
  // The content check reports a missing or broken profile with file and field; do not fail here first.
}

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [preact(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: { plugins: [snoeiTokensPlugin()] },
});
