/**
 * "Lees voor": reads the main content with the browser's own speech synthesis, only with voices on
 * the device, with pause and stop; hidden when there is no such voice and without JavaScript.
 * A fake `speechSynthesis` records what the page asks of it; headless Chromium has no voices itself.
 */
import { expect, test, type Page } from '@playwright/test';

interface NepStem { name: string; lang: string; localService: boolean; default?: boolean }
interface Aanroep { doe: 'speak' | 'pause' | 'resume' | 'cancel'; tekst?: string; stem?: string | null; lang?: string }
type Spraak = { log: Aanroep[]; klaar: () => void };

const nlLokaal: NepStem = { name: 'nl-lokaal', lang: 'nl-NL', localService: true };
const nlServer: NepStem = { name: 'nl-server', lang: 'nl-NL', localService: false, default: true };
const arLokaal: NepStem = { name: 'ar-lokaal', lang: 'ar-SA', localService: true };
const arServer: NepStem = { name: 'ar-server', lang: 'ar', localService: false, default: true };

/** A fake speech synthesis whose voices arrive late (as in Chrome), announced with `voiceschanged`. */
async function nepSpraak(page: Page, stemmen: NepStem[]) {
  await page.addInitScript((stemmen: NepStem[]) => {
    const log: Aanroep[] = [];
    let stemLijst: NepStem[] = [];
    const luisteraars: (() => void)[] = [];
    let laatste: { onend: (() => void) | null } | undefined;
    class Uiting {
      voice: NepStem | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => stemLijst,
      speak(u: Uiting) {
        laatste = u;
        log.push({ doe: 'speak', tekst: u.text, stem: u.voice?.name ?? null, lang: u.lang });
      },
      pause: () => log.push({ doe: 'pause' }),
      resume: () => log.push({ doe: 'resume' }),
      cancel: () => log.push({ doe: 'cancel' }),
      addEventListener: (soort: string, f: () => void) => soort === 'voiceschanged' && luisteraars.push(f),
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Uiting, configurable: true, writable: true });
    (window as unknown as { __spraak: Spraak }).__spraak = { log, klaar: () => laatste?.onend?.() };
    setTimeout(() => {
      stemLijst = stemmen;
      for (const f of luisteraars) f();
    }, 100);
  }, stemmen);
}

const log = (page: Page) => page.evaluate(() => (window as unknown as { __spraak: Spraak }).__spraak.log);
const uitgesproken = async (page: Page) => (await log(page)).filter((a) => a.doe === 'speak');
const groep = (page: Page) => page.locator('[data-leesvoor]');

test('lees voor, pauze, verder en stop op een regeling, alleen met een stem op het apparaat', async ({ page }) => {
  await nepSpraak(page, [nlServer, nlLokaal]);
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  const bediening = page.getByRole('group', { name: 'Voorlezen' });
  await expect(bediening).toBeVisible();
  const lees = bediening.getByRole('button', { name: 'Lees voor' });
  const pauze = bediening.getByRole('button', { name: 'Pauze' });
  const stop = bediening.getByRole('button', { name: 'Stop' });
  await expect(pauze).toBeHidden();
  await expect(stop).toBeHidden();

  await lees.click();
  const gesproken = await uitgesproken(page);
  expect(gesproken[0]?.tekst).toBe('Hulp in het huishouden');
  expect(gesproken.length).toBeGreaterThan(20);
  expect(new Set(gesproken.map((a) => a.stem))).toEqual(new Set(['nl-lokaal']));
  const teksten = gesproken.map((a) => a.tekst ?? '');
  expect(teksten).toContain('In het kort');
  expect(teksten).toContain('Eerst kijkt u wat u zelf kunt en wat mensen om u heen kunnen doen.');
  // The control itself is not read, and nothing outside <main> (menu, footer).
  expect(teksten.some((t) => t.includes('Lees voor') || t.includes('Hoofdmenu'))).toBe(false);
  await expect(lees).toBeFocused();

  await pauze.click();
  expect((await log(page)).at(-1)?.doe).toBe('pause');
  const verder = bediening.getByRole('button', { name: 'Verder' });
  await expect(verder).toBeVisible();
  await expect(verder).toBeFocused();
  await verder.click();
  expect((await log(page)).at(-1)?.doe).toBe('resume');
  await expect(pauze).toBeVisible();

  await stop.click();
  expect((await log(page)).map((a) => a.doe)).toContain('cancel');
  expect((await log(page)).at(-1)?.doe).toBe('cancel');
  await expect(pauze).toBeHidden();
  await expect(stop).toBeHidden();
  // Stop hid itself: the focus went to "Lees voor", not to the page.
  await expect(lees).toBeFocused();
});

test('na de laatste zin en bij het verlaten van de pagina staan de knoppen weer klaar', async ({ page }) => {
  await nepSpraak(page, [nlLokaal]);
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  const bediening = page.getByRole('group', { name: 'Voorlezen' });
  await bediening.getByRole('button', { name: 'Lees voor' }).click();
  await bediening.getByRole('button', { name: 'Pauze' }).click();
  await bediening.getByRole('button', { name: 'Verder' }).click();
  await expect(bediening.getByRole('button', { name: 'Pauze' })).toBeFocused();
  await page.evaluate(() => (window as unknown as { __spraak: Spraak }).__spraak.klaar());
  await expect(bediening.getByRole('button', { name: 'Pauze' })).toBeHidden();
  await expect(bediening.getByRole('button', { name: 'Lees voor' })).toBeFocused();

  await bediening.getByRole('button', { name: 'Lees voor' }).click();
  await bediening.getByRole('button', { name: 'Pauze' }).click();
  const voor = (await log(page)).length;
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  // Stopped, and Chrome's paused state undone so a next reading starts.
  expect((await log(page)).slice(voor).map((a) => a.doe)).toEqual(['cancel', 'resume']);
  await expect(bediening.getByRole('button', { name: 'Stop' })).toBeHidden();
  await expect(bediening.getByRole('button', { name: 'Pauze' })).toBeHidden();
});

test('alleen een stem die naar een server stuurt: de knop blijft weg', async ({ page }) => {
  await nepSpraak(page, [nlServer, { ...arLokaal }]);
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  await page.waitForTimeout(400);
  await expect(groep(page)).toHaveCount(1);
  await expect(groep(page)).toBeHidden();
});

test('Arabisch: de Arabische tekst met de Arabische stem, de Nederlandse woorden met de Nederlandse', async ({ page }) => {
  await nepSpraak(page, [arServer, nlServer, nlLokaal, arLokaal]);
  await page.goto('/ar/polis/bijstand/');
  const bediening = page.getByRole('group', { name: 'القراءة بصوت عالٍ' });
  await expect(bediening).toBeVisible();
  await bediening.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
  const gesproken = await uitgesproken(page);
  const h1 = (await page.locator('h1').textContent())?.trim();
  expect(gesproken[0]).toMatchObject({ tekst: h1, stem: 'ar-lokaal', lang: 'ar-SA' });
  expect(gesproken.every((a) => a.stem === 'ar-lokaal' || a.stem === 'nl-lokaal')).toBe(true);
  const arabisch = gesproken.filter((a) => /[\u0600-\u06ff]/.test(a.tekst ?? ''));
  expect(arabisch.length).toBeGreaterThan(20);
  expect(arabisch.every((a) => a.stem === 'ar-lokaal')).toBe(true);
  // `<bdi lang="nl">` inside Arabic sentences: read as Dutch, by the Dutch voice.
  expect(gesproken).toContainEqual(expect.objectContaining({ tekst: 'Bijstand als u te weinig inkomen hebt', stem: 'nl-lokaal', lang: 'nl-NL' }));
  expect(gesproken).toContainEqual(expect.objectContaining({ tekst: 'bijstand', stem: 'nl-lokaal' }));
  await expect(bediening.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible();
});

test('Arabisch zonder Nederlandse stem: de Nederlandse woorden met de Arabische stem, nooit via een server', async ({ page }) => {
  await nepSpraak(page, [nlServer, arLokaal]);
  await page.goto('/ar/polis/bijstand/');
  await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
  const stemmen = new Set((await uitgesproken(page)).map((a) => a.stem));
  expect(stemmen).toEqual(new Set(['ar-lokaal']));
});

test('wat verborgen is of overgeslagen moet worden, wordt niet gelezen', async ({ page }) => {
  await nepSpraak(page, [nlLokaal]);
  await page.goto('/nl/polis/huishoudelijke-hulp/');
  await expect(groep(page)).toBeVisible();
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML(
      'beforeend',
      `<p hidden>VERBORGEN-A</p><p data-stijl="none">VERBORGEN-B</p><div data-leesvoor-overslaan><p>VERBORGEN-C</p></div>
       <details><summary>Samenvatting-dicht</summary><p>VERBORGEN-D</p></details>
       <details open><summary>Samenvatting-open</summary><p>Zichtbaar-open</p></details>
       <p><span class="visueel-verborgen">Voor-schermlezers</span></p><ul><li>Buiten <ul><li>Binnen</li></ul></li></ul>
       <div>Een <details data-stijl="inline"><summary data-stijl="inline">moeilijk woord</summary><span>VERBORGEN-E</span></details>
         in <a href="#">een zin</a>,<br>met <span class="visueel-verborgen">verborgen</span> tekst.</div>`,
    );
    // The page's Content-Security-Policy blocks style attributes in markup; styles set from script are allowed.
    for (const el of document.querySelectorAll<HTMLElement>('main [data-stijl]')) el.style.display = el.dataset.stijl!;
  });
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const teksten = (await uitgesproken(page)).map((a) => a.tekst ?? '');
  expect(teksten.some((t) => t.includes('VERBORGEN'))).toBe(false);
  // A closed <details> reads its summary only; visually hidden text is for listening too; a nested list
  // item is its own block; an inline <details> (a difficult word) and a link stay in their sentence.
  expect(teksten.slice(-7)).toEqual([
    'Samenvatting-dicht',
    'Samenvatting-open',
    'Zichtbaar-open',
    'Voor-schermlezers',
    'Buiten',
    'Binnen',
    'Een moeilijk woord in een zin, met verborgen tekst.',
  ]);
});

test('een vraagpagina van de wegwijzer heeft de knop; echte headless Chromium zonder stemmen en zonder JavaScript verbergt hem', async ({ page, browser }) => {
  await page.goto('/nl/wegwijzer/huishouden/');
  await expect(groep(page)).toHaveCount(1);
  await page.waitForTimeout(500);
  const lokaal = await page.evaluate(
    () => 'speechSynthesis' in window && speechSynthesis.getVoices().some((v) => v.localService && v.lang.toLowerCase().startsWith('nl')),
  );
  expect(lokaal, 'deze test verwacht een Chromium zonder Nederlandse stem op het apparaat').toBe(false);
  await expect(groep(page)).toBeHidden();

  const zonderJs = await browser.newContext({ javaScriptEnabled: false });
  const p = await zonderJs.newPage();
  await p.goto('/nl/wegwijzer/huishouden/');
  await expect(groep(p)).toHaveCount(1);
  await expect(groep(p)).toBeHidden();
  await zonderJs.close();
});

test('met een stem leest de vraagpagina eerst de vraag', async ({ page }) => {
  await nepSpraak(page, [nlLokaal]);
  await page.goto('/nl/wegwijzer/huishouden/');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const teksten = (await uitgesproken(page)).map((a) => a.tekst);
  expect(teksten[0]).toBe('Lukt het u om dit zelf te regelen?');
  expect(teksten).toContain('Nee, dat lukt niet');
});

test('zoeken en de 404-pagina hebben geen knop om voor te lezen', async ({ page }) => {
  await nepSpraak(page, [nlLokaal]);
  await page.goto('/nl/zoeken/');
  await expect(groep(page)).toHaveCount(0);
  await page.goto('/nl/bestaat-niet/');
  await expect(groep(page)).toHaveCount(0);
});

test('voorlezen, pauzeren en stoppen doen geen enkel netwerkverzoek', async ({ page }) => {
  await nepSpraak(page, [nlLokaal, nlServer]);
  await page.goto('/nl/polis/huishoudelijke-hulp/', { waitUntil: 'networkidle' });
  const verzoeken: string[] = [];
  page.on('request', (r) => verzoeken.push(r.url()));
  const bediening = page.getByRole('group', { name: 'Voorlezen' });
  await bediening.getByRole('button', { name: 'Lees voor' }).click();
  await bediening.getByRole('button', { name: 'Pauze' }).click();
  await bediening.getByRole('button', { name: 'Verder' }).click();
  await bediening.getByRole('button', { name: 'Stop' }).click();
  await page.waitForTimeout(300);
  expect(verzoeken).toEqual([]);
});

test('de knoppen zijn minstens 44 bij 44 pixels, ook op een telefoon en van rechts naar links', async ({ page }) => {
  await nepSpraak(page, [nlLokaal, arLokaal]);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const [pad, naam] of [['/nl/polis/huishoudelijke-hulp/', 'Lees voor'], ['/ar/polis/bijstand/', 'اقرأ بصوت عالٍ']] as const) {
    await page.goto(pad);
    await page.getByRole('button', { name: naam }).click();
    const knoppen = groep(page).locator('button');
    await expect(knoppen.nth(2)).toBeVisible();
    for (let i = 0; i < 3; i++) {
      const vak = await knoppen.nth(i).boundingBox();
      expect(vak?.width, `${pad} knop ${i}`).toBeGreaterThanOrEqual(44);
      expect(vak?.height, `${pad} knop ${i}`).toBeGreaterThanOrEqual(44);
      // Nothing sticks out of a 360 px screen.
      expect((vak?.x ?? 0) + (vak?.width ?? 0)).toBeLessThanOrEqual(360);
    }
  }
});
