import { test } from '@playwright/test';
test('kijk', async ({ page }) => {
  await page.addInitScript(() => {
    const log: unknown[] = [];
    const stemmen = [{ name: 'nl-lokaal', lang: 'nl-NL', localService: true }, { name: 'ar-lokaal', lang: 'ar-SA', localService: true }];
    (window as any).speechSynthesis = undefined;
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { getVoices: () => stemmen, speak: (u: any) => log.push([u.voice.name, u.text]), pause() {}, resume() {}, cancel() {}, addEventListener() {} } });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: class { constructor(public text: string) {} } });
    (window as any).__log = log;
  });
  for (const pad of ['/ar/polis/bijstand/', '/nl/wegwijzer/huishouden/']) {
    await page.goto(pad);
    await page.locator('[data-leesvoor] button').first().click();
    const log = await page.evaluate(() => (window as any).__log.splice(0));
    console.log(pad, log.length); for (const r of log.slice(0, 30)) console.log(JSON.stringify(r));
  }
});
