/** Safety first in search: queries that signal danger call for the crisis entries, in every language. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crisisVoor, normaliseer } from '../../src/domain/zoeksignalen';
import { zoeksignalenBestand } from '../../src/schemas/zoeksignaal';

const signalen = zoeksignalenBestand.parse(parse(readFileSync(new URL('../../content/nationaal/zoeksignalen.yaml', import.meta.url), 'utf8')));
const voor = (taal: string) => signalen.map((s) => ({ polis: s.polis, woorden: s.woorden[taal as 'nl'] }));
const crisis = (q: string, taal: string) => crisisVoor(q, taal, voor(taal));

describe('zoeksignalen', () => {
  it.each([
    ['nl', 'Ik wil niet meer leven', '113-zelfmoordpreventie'],
    ['nl', 'mijn vriend slaat me', 'veilig-thuis'],
    ['nl', 'suïcide gedachten', '113-zelfmoordpreventie'],
    ['en', "I don’t want to live", '113-zelfmoordpreventie'],
    ['en', 'my husband beats me', 'veilig-thuis'],
    ['ar', 'زوجي يضربني', 'veilig-thuis'],
    ['ar', 'أريد أن أموت', '113-zelfmoordpreventie'],
    ['tr', 'Kocam beni dövüyor', 'veilig-thuis'],
    ['pl', 'Mąż mnie bije', 'veilig-thuis'],
    ['pl', 'myśli samobójcze', '113-zelfmoordpreventie'],
    ['uk', 'чоловік бʼє мене', 'veilig-thuis'],
    ['uk', 'не хочу жити', '113-zelfmoordpreventie'],
  ])('%s: "%s" → %s eerst, en 112', (taal, q, eerste) => {
    const uit = crisis(q, taal);
    expect(uit[0]).toBe(eerste);
    expect(uit).toContain('alarmnummer-112');
  });

  it.each([
    ['nl', 'hulp in het huishouden'],
    ['nl', 'gordijnen ophangen'],
    ['nl', 'geld voor mijn kinderen'],
    ['en', 'cleaning help'],
    ['ar', 'ضريبة البلدية'],
    ['pl', 'pomoc w domu'],
    ['uk', 'допомога з боргами'],
  ])('%s: "%s" is geen signaal', (taal, q) => {
    expect(crisis(q, taal)).toEqual([]);
  });

  it('elke taal heeft woorden voor elk signaal, en de regels bestaan', () => {
    for (const s of signalen) for (const taal of ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const) expect(s.woorden[taal]!.length, `${s.id} ${taal}`).toBeGreaterThan(3);
  });

  it('normaliseert accenten en Arabische varianten, maar geen Oekraïense letters', () => {
    expect(normaliseer('Suïcide', 'nl')).toBe('suicide');
    expect(normaliseer('أريد', 'ar')).toBe('اريد');
    expect(normaliseer('Її', 'uk')).toBe('її');
  });
});
