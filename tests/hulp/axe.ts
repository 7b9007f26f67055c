/**
 * One axe configuration for every accessibility check: the WCAG 2.0–2.2 A and AA rules plus axe's
 * best practices. No rule is switched off; a page that needs an exception must say why here.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on the page as it is now, one line per rule with up to three of its elements. */
export async function axeFouten(page: Page): Promise<string[]> {
  // @axe-core/playwright types its page as @playwright/test's Page, which is playwright-core's.
  // Two settings that make axe about twice as fast without changing the rules that run or what they
  // find: only violations are read, so `resultTypes` spares it the details of every passing element;
  // legacy mode runs axe in the page itself instead of gathering the results in a new blank page each
  // time. Legacy mode cannot test frames from another origin, and this site has none: its policy allows
  // frames only from the site itself (`default-src 'self'`), and same-origin frames are tested as before.
  const uitkomst = await new AxeBuilder({ page: page as never })
    .withTags(axeTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return uitkomst.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Checks the page at a phone and a desktop width without loading it twice. */
export async function axeOpBreedtes(page: Page, pad: string, breedtes = [360, 1280]): Promise<string[]> {
  const fouten: string[] = [];
  for (const [i, breedte] of breedtes.entries()) {
    await page.setViewportSize({ width: breedte, height: 900 });
    if (i === 0) await page.goto(pad);
    fouten.push(...(await axeFouten(page)).map((f) => `${pad} @${breedte}px ${f}`));
  }
  return fouten;
}
