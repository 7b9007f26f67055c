/**
 * The checks over the built site can fail: small pages with one fault each, in a temporary folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allePaginas } from '../hulp/gebouwde-site';
import { controleerCsp } from '../integriteit/csp';
import { valideerHtmlHier } from '../integriteit/html-valideren';
import { controleerLinks } from '../integriteit/links';
import { budget, Meter } from '../budget/meet';

const script = 'document.documentElement.dataset.js = "ja";';
const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const beleid = (scriptSrc = `'self' ${hash}`) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none';base-uri 'self'; script-src ${scriptSrc}; style-src 'self'">`;
const pagina = (kop: string, lijf: string) =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Test</title>${kop}</head><body><main id="inhoud"><h1>Test</h1>${lijf}</main></body></html>`;

let map: string;
const schrijf = (pad: string, html: string) => {
  const bestand = join(map, pad);
  mkdirSync(dirname(bestand), { recursive: true });
  writeFileSync(bestand, html);
};

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'integriteit-'));
  schrijf('nl/goed/index.html', pagina(beleid(), `<p id="a">Tekst <a href="/nl/ander/#b">ander</a> <a href="#a">hier</a></p><script>${script}</script>`));
  schrijf('nl/ander/index.html', pagina(beleid(), '<p id="b">B</p>'));
  schrijf('nl/geen-beleid/index.html', pagina('', '<p>x</p>'));
  schrijf('nl/onveilig/index.html', pagina(beleid(`'self' 'unsafe-inline' https://cdn.example.com`), '<p>x</p>'));
  schrijf('nl/ongehasht/index.html', pagina(beleid(), '<script>alert(1)</script>'));
  schrijf('nl/attribuut/index.html', pagina(beleid(), '<p style="color:red" onclick="x()">x</p>'));
  schrijf('nl/extern/index.html', pagina(beleid(), '<script type="module" src="https://cdn.example.com/x.js"></script>'));
  schrijf('nl/kapot/index.html', pagina(beleid(), '<a href="/nl/bestaat-niet/">a</a> <a href="/nl/ander/#c">b</a> <a href="javascript:x()">c</a>'));
  schrijf('nl/dubbel/index.html', pagina(beleid(), '<p id="x">1</p><p id="x">2</p>'));
  schrijf('nl/groot/index.html', pagina(beleid(), `<p>${randomBytes(20_000).toString('base64')}</p>`));
  schrijf('_astro/eiland.js', 'import{a}from"./preact.js";export const b=a;');
  schrijf('_astro/preact.js', 'export const a=1;'.repeat(100));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

const fouten = <T extends { url: string }>(lijst: T[], url: string) => lijst.filter((f) => f.url === url);

describe('Content-Security-Policy', () => {
  it('een strikt beleid met de hash van het inline script is in orde', () => {
    const f = controleerCsp(allePaginas(map));
    expect(fouten(f, '/nl/goed/')).toEqual([]);
  });

  it('vindt een ontbrekend of te ruim beleid, een script zonder hash, attributen en scripts van elders', () => {
    const f = controleerCsp(allePaginas(map));
    expect(fouten(f, '/nl/geen-beleid/').map((x) => x.fout)).toEqual(['geen Content-Security-Policy']);
    expect(fouten(f, '/nl/onveilig/').map((x) => x.fout)).toEqual(["script-src staat 'unsafe-inline' toe", 'script-src staat https://cdn.example.com toe']);
    expect(fouten(f, '/nl/ongehasht/')[0]!.fout).toMatch(/^inline script zonder hash/);
    expect(fouten(f, '/nl/attribuut/').map((x) => x.fout)).toEqual([expect.stringMatching(/^attribuut style/)]);
    expect(fouten(f, '/nl/extern/')[0]!.fout).toMatch(/andere oorsprong/);
    expect(fouten(f, '/nl/kapot/').map((x) => x.fout)).toEqual(['javascript:-URL']);
  });
});

describe('links en ankers', () => {
  it('vindt een ontbrekende pagina, een ontbrekend anker en een javascript:-link', () => {
    const u = controleerLinks(allePaginas(map), map);
    expect(fouten(u.kapot, '/nl/goed/')).toEqual([]);
    expect(fouten(u.kapot, '/nl/kapot/').map((k) => k.reden)).toEqual(['doel bestaat niet', 'anker #c bestaat niet op die pagina', 'javascript:-link']);
  });
});

describe('html-validate', () => {
  it('vindt een dubbel id', async () => {
    const f = await valideerHtmlHier(allePaginas(map).filter((p) => p.url === '/nl/dubbel/' || p.url === '/nl/ander/'));
    expect(f.map((x) => [x.url, x.regel])).toContainEqual(['/nl/dubbel/', 'no-dup-id']);
    expect(fouten(f, '/nl/ander/')).toEqual([]);
  });
});

describe('budgetten', () => {
  it('meet HTML na gzip en meldt een te grote pagina', () => {
    const meter = new Meter(map);
    const [groot] = allePaginas(map).filter((p) => p.url === '/nl/groot/');
    const m = meter.meet(groot!);
    expect(m.html).toBeGreaterThan(budget.htmlOverig / 2);
    expect(m.soort).toBe('overig');
    const [ander] = allePaginas(map).filter((p) => p.url === '/nl/ander/');
    expect(meter.meet(ander!).over).toEqual([]);
  });

  it('telt een script mee met alles wat het importeert', () => {
    const meter = new Meter(map);
    expect([...meter.sluiting('/_astro/eiland.js')].sort()).toEqual(['/_astro/eiland.js', '/_astro/preact.js']);
  });
});
