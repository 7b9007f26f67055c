/**
 * Reflow (WCAG 1.4.10) and text resize (1.4.4): no page scrolls sideways at 320 CSS px, nor with the
 * text at 200 % on a 640 px wide window (a 1280 px screen zoomed to 200 %) or on a 360 px phone.
 * Tables may scroll inside their own box; the page itself may not.
 */
import { expect, test } from '@playwright/test';
import { sjablonen } from './sjablonen';

const standen = [
  { naam: '320 px', breedte: 320, tekst: 100 },
  { naam: 'tekst 200 % op 640 px', breedte: 640, tekst: 200 },
  { naam: 'tekst 200 % op 360 px', breedte: 360, tekst: 200 },
];

for (const taal of ['nl', 'ar'])
  for (const stand of standen)
    test(`niet opzij scrollen, ${taal}, ${stand.naam}`, async ({ page }) => {
      await page.setViewportSize({ width: stand.breedte, height: 800 });
      const fouten: string[] = [];
      for (const sjabloon of [...sjablonen, '/wegwijzer/huishouden/zelf-nee/#naast-elkaar']) {
        await page.goto(`/${taal}${sjabloon}`);
        // As a browser's text-size setting would; through the CSSOM, which the page's CSP allows (a <style> tag it blocks).
        if (stand.tekst !== 100)
          await page.evaluate((p) => document.documentElement.style.setProperty('font-size', `${p}%`, 'important'), stand.tekst);
        const teBreed = await page.evaluate(() => {
          const breedte = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= breedte) return [];
          return [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return (r.right > breedte + 1 || r.left < -1) && !e.closest('.tabelhouder');
            })
            .slice(0, 3)
            .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().width)}px`);
        });
        if (teBreed.length) fouten.push(`${sjabloon}: ${teBreed.join(', ')}`);
      }
      expect(fouten).toEqual([]);
    });
