import { defineConfig, devices } from '@playwright/test';
import { chromiumOpties } from './hulp/chromium';

const poort = Number(process.env.TEST_POORT ?? 4322);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${poort}`,
    launchOptions: chromiumOpties(),
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumOpties() } }],
  webServer: {
    // The built site, exactly as it will be hosted: `npm test` builds before this runs.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${poort}`,
    cwd: new URL('..', import.meta.url).pathname,
    url: `http://127.0.0.1:${poort}/nl/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
