/**
 * Nothing leaks and nothing is blocked: on every template, in Dutch and Arabic, the browser asks no
 * other site for anything, stores no cookie or other data, and the page's Content-Security-Policy
 * blocks nothing the page itself needs (search runs, the wegwijzer island starts).
 */
import { expect, test, type Page } from '@playwright/test';
import { sjablonen } from './sjablonen';

const gebruik: Record<string, (page: Page) => Promise<void>> = {
  // Search loads Pagefind and compiles its WebAssembly: that must pass the policy.
  '/zoeken/': async (page) => {
    await page.goto(`${page.url()}?q=huur`);
    await expect(page.locator('.zoekresultaten')).toHaveAttribute('data-stand', 'klaar');
    await expect(page.locator('.zoekresultaten__lijst > li').first()).toBeVisible();
  },
  // The island replaces the links with its own first screen.
  '/wegwijzer/': async (page) => {
    await expect(page.locator('#wegwijzer-zonder-js')).toHaveCount(0);
    await expect(page.locator('main input[type="checkbox"]').first()).toBeVisible();
  },
};

for (const taal of ['nl', 'ar']) {
  for (const sjabloon of [...sjablonen, '/bestaat-niet/']) {
    test(`geen derden, geen cookies, niets geblokkeerd: ${taal}${sjabloon}`, async ({ page, context, baseURL }) => {
      const eigen = new URL(baseURL!).origin;
      const verzoeken: string[] = [];
      const meldingen: string[] = [];
      page.on('request', (r) => verzoeken.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/status of 404/.test(m.text())) meldingen.push(m.text());
      });
      page.on('pageerror', (e) => meldingen.push(e.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          ((window as unknown as { schendingen: string[] }).schendingen ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.goto(`/${taal}${sjabloon}`, { waitUntil: 'load' });
      await gebruik[sjabloon]?.(page);
      await page.waitForLoadState('networkidle');

      const vreemd = verzoeken.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== eigen);
      expect(vreemd, 'verzoeken naar andere sites').toEqual([]);
      expect(await context.cookies(), 'cookies').toEqual([]);
      const opslag = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
      expect(opslag).toEqual({ cookie: '', local: 0, session: 0 });
      expect(await page.evaluate(() => (window as unknown as { schendingen?: string[] }).schendingen ?? []), 'CSP-schendingen').toEqual([]);
      expect(meldingen, 'fouten in de console').toEqual([]);
    });
  }
}
