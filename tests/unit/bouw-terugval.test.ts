/**
 * A missing translation falls back to Dutch, visibly: a real build on a copy of the content in which
 * one Arabic entry has no translation and one English entry lacks a section.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bouwMetInhoud } from '../hulp/bouw-testinhoud';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

let kopie: ReturnType<typeof kopieVanInhoud>;
let uitvoer = '';
let dist = '';
const pagina = (pad: string) => readFileSync(join(dist, pad, 'index.html'), 'utf8');
/** The opening tags of elements marked Dutch on a page. */
const nlDelen = (html: string) => [...html.matchAll(/<(\w+)[^>]*\slang="nl"[^>]*>/g)].map((m) => m[0]);

beforeAll(() => {
  kopie = kopieVanInhoud();
  dist = join(kopie.map, '..', 'dist');
  // Three languages are enough and keep the build short.
  wijzig(kopie.map, 'gemeenten/voorbeeld/gemeente.yaml', (d) => void (d.talen = ['nl', 'en', 'ar']));
  rmSync(join(kopie.map, 'gemeenten/voorbeeld/vertalingen/ar/polis/bijstand.yaml'));
  wijzig(kopie.map, 'gemeenten/voorbeeld/vertalingen/en/polis/bijstand.yaml', (d) => void delete d.voorWie);
  const uitkomst = bouwMetInhoud(kopie.map, dist);
  uitvoer = uitkomst.uitvoer;
  if (uitkomst.status !== 0) throw new Error(uitvoer);
}, 300_000);
afterAll(() => kopie.opruimen());

it('een ontbrekende vertaling: Nederlandse tekst met lang="nl" en een melding in de taal van de pagina', () => {
  const html = pagina('ar/polis/bijstand');
  expect(html).toContain('<html lang="ar" dir="rtl"');
  const ar = JSON.parse(readFileSync('src/i18n/ar.json', 'utf8'));
  expect(html).toMatch(/data-vertaalmelding="ontbreekt"/);
  expect(html).toContain(ar.taal.ontbreekt);
  expect(html).toMatch(/<h1[^>]*lang="nl"/);
  expect(nlDelen(html).length).toBeGreaterThan(3);
});

it('een ontbrekend deel: alleen dat deel is Nederlands', () => {
  const html = pagina('en/polis/bijstand');
  expect(html).toMatch(/data-vertaalmelding="deels"/);
  expect(html).not.toMatch(/<h1[^>]*lang="nl"/);
  const sectie = (id: string) => new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  // Dutch counter words inside a translation are <bdi lang="nl">; a fallback marks its paragraphs.
  const nlAlinea = /<(p|ul|li)\b[^>]*\slang="nl"/;
  expect(sectie('voor-wie')).toMatch(nlAlinea);
  expect(sectie('in-het-kort')).toContain('<li');
  expect(sectie('in-het-kort')).not.toMatch(nlAlinea);
});

it('alleen de talen van de gemeente worden gebouwd', () => {
  expect(() => pagina('pl/polis/bijstand')).toThrow();
  expect(pagina('en/polis/bijstand')).not.toMatch(/hreflang="pl"/);
});
