/**
 * Keyboard only, over every template in Dutch and Arabic: the skip link comes first and works; Tab
 * reaches every interactive element in document order, each with a visible focus indicator that no
 * sticky content covers; after the last one focus leaves the page (no trap). Buttons and answer
 * options are at least 44×44 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { sjablonen } from './sjablonen';

/** Marks every element Tab should reach, in document order, and returns how many there are. */
async function markeerBereikbaar(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kandidaten = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    const namen: string[] = [];
    let i = 0;
    for (const el of kandidaten) {
      if ((el as HTMLButtonElement).disabled) continue;
      // Content of a closed details is not reachable, except its own summary.
      const dicht = el.closest('details:not([open])');
      if (dicht && el !== dicht.querySelector(':scope > summary')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      el.dataset.tab = String(i++);
      namen.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return namen;
  });
}

/** What the focused element looks like and whether anything sticky covers it. */
async function focusToestand(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { index: null as string | null };
    const stijl = getComputedStyle(el);
    const zichtbaar =
      (stijl.outlineStyle !== 'none' && parseFloat(stijl.outlineWidth) >= 2) || (stijl.boxShadow !== 'none' && stijl.boxShadow !== '');
    const r = el.getBoundingClientRect();
    const inBeeld = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    // Focus not obscured (WCAG 2.4.11): at none of five points of the focused element may the top
    // element belong to sticky or fixed content that does not hold the focused element.
    const vast = (e: Element | null): boolean => {
      for (let x = e; x; x = x.parentElement) {
        if (x.contains(el)) return false;
        const positie = getComputedStyle(x).position;
        if (positie === 'sticky' || positie === 'fixed') return true;
      }
      return false;
    };
    const punten = [
      [(r.left + r.right) / 2, (r.top + r.bottom) / 2], [r.left + 2, r.top + 2], [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2],
    ] as const;
    const bedekt = inBeeld && punten.every(([x, y]) => vast(document.elementFromPoint(x, y)));
    return { index: el.dataset.tab ?? `onverwacht: ${el.outerHTML.slice(0, 80)}`, zichtbaar, inBeeld, bedekt };
  });
}

for (const taal of ['nl', 'ar'])
  for (const sjabloon of sjablonen)
    test(`toetsenbord ${taal}${sjabloon}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${taal}${sjabloon}`);
      await page.waitForLoadState('networkidle');
      const namen = await markeerBereikbaar(page);
      expect(namen.length).toBeGreaterThan(3);

      const fouten: string[] = [];
      const bezocht: number[] = [];
      for (let stap = 0; stap <= namen.length + 1; stap++) {
        await page.keyboard.press('Tab');
        const f = await focusToestand(page);
        if (f.index === null) break; // focus left the document: no trap
        if (f.index.startsWith('onverwacht')) { fouten.push(f.index); continue; }
        const i = Number(f.index);
        bezocht.push(i);
        if (!f.zichtbaar) fouten.push(`geen zichtbare focus op ${namen[i]}`);
        if (!f.inBeeld) fouten.push(`focus buiten beeld op ${namen[i]}`);
        if (f.bedekt) fouten.push(`focus onder vaste inhoud op ${namen[i]}`);
      }
      expect(fouten).toEqual([]);
      // Every element once, in document order, and then out of the page.
      expect(bezocht).toEqual(namen.map((_, i) => i));
      expect(bezocht.length).toBeLessThanOrEqual(namen.length);
    });

test('de skiplink is het eerste element, is zichtbaar bij focus en gaat naar de inhoud', async ({ page }) => {
  for (const pad of ['/nl/polis/bijstand/', '/ar/wegwijzer/huishouden/', '/nl/polis/veilig-thuis/']) {
    await page.goto(pad);
    await page.keyboard.press('Tab');
    const skip = page.locator('.utrecht-skip-link');
    await expect(skip, pad).toBeFocused();
    const r = await skip.boundingBox();
    expect(r!.width, pad).toBeGreaterThan(20);
    expect(r!.y, pad).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.locator('main'), pad).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main')), pad).toBe(true);
  }
});

const doelen = 'button, .utrecht-button, input[type="submit"], .antwoord, .keuze, .tegel, .menu__knop, .snelweg__knop, .leesvoor button';

for (const taal of ['nl', 'ar'])
  test(`knoppen en antwoorden zijn minstens 44×44 px, ${taal}`, async ({ page }) => {
    const teKlein: string[] = [];
    for (const breedte of [360, 1280]) {
      await page.setViewportSize({ width: breedte, height: 900 });
      for (const sjabloon of sjablonen) {
        await page.goto(`/${taal}${sjabloon}`);
        const maten = await page.locator(doelen).evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).checkVisibility())
            .map((e) => ({ naam: `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent ?? '').trim().slice(0, 20)}"`, ...e.getBoundingClientRect().toJSON() })),
        );
        for (const m of maten) if (m.width < 44 || m.height < 44) teKlein.push(`${sjabloon} @${breedte}: ${m.naam} ${Math.round(m.width)}×${Math.round(m.height)}`);
      }
    }
    expect(teKlein).toEqual([]);
  });
