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
  const uitkomst = await new AxeBuilder({ page: page as never }).withTags(axeTags).analyze();
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
