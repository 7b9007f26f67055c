/**
 * Which Chromium the browser tests use: Debian's (`/usr/bin/chromium`, or `CHROMIUM_PATH`), since
 * Playwright cannot download its own browser here; Playwright's own browser where there is none.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

const vlaggen = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumOpties(): LaunchOptions {
  const pad = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  return existsSync(pad) ? { executablePath: pad, args: vlaggen } : { args: vlaggen };
}
