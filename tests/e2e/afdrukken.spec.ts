/**
 * Printed entry and topic pages: only the content, no controls that mean nothing on paper, and each
 * glossary word printed with its explanation in the sentence. (The advice sheet: wijkteamblad.spec.ts.)
 */
import { expect, test } from '@playwright/test';

const pdfPaginas = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

for (const pad of ['/nl/polis/huishoudelijke-hulp/', '/nl/polis/veilig-thuis/', '/ar/polis/bijstand/', '/nl/onderwerp/veiligheid/'])
  test(`afdrukken ${pad}`, async ({ page }) => {
    await page.goto(pad);
    await page.emulateMedia({ media: 'print' });
    for (const onderdeel of ['.kop', '.crisisbalk', '.taalkiezer', '.demobanner', '.leesvoor', '.snelweg', '.voet', '.utrecht-skip-link'])
      for (const el of await page.locator(onderdeel).all()) await expect(el, `${onderdeel} op papier`).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    const begrip = page.locator('main details.begrip .begrip__uitleg').first();
    if (await begrip.count()) {
      await expect(begrip).toBeVisible();
      await expect(page.locator('main details.begrip .begrip__meer').first()).toBeHidden();
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPaginas(pdf)).toBeGreaterThan(0);
    expect(pdfPaginas(pdf)).toBeLessThanOrEqual(4);
  });
