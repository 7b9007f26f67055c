/**
 * A missing translation falls back to Dutch, visibly: a real build on a copy of the content in which
 * one Arabic entry has no translation and one English entry lacks a section. The build is the one
 * this run's test files share (tests/hulp/bouw-testinhoud.ts: Dutch, English and Arabic only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { gedeeldeTestbouw } from '../hulp/bouw-testinhoud';

let dist = '';
const pagina = (pad: string) => readFileSync(join(dist, pad, 'index.html'), 'utf8');
/** The opening tags of elements marked Dutch on a page. */
const nlDelen = (html: string) => [...html.matchAll(/<(\w+)[^>]*\slang="nl"[^>]*>/g)].map((m) => m[0]);

beforeAll(() => {
  const bouw = gedeeldeTestbouw();
  dist = bouw.dist;
  if (bouw.status !== 0) throw new Error(bouw.uitvoer);
}, 300_000);

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
