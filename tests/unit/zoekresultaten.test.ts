/** Turning a typed question into search words, and ranking pages over the per-word results. */
import { describe, expect, it } from 'vitest';
import { combineer, kernVraag, losseWoorden } from '../../src/domain/zoekresultaten';

describe('losse woorden', () => {
  it('laat stopwoorden, leestekens en dubbele woorden weg', () => {
    expect(losseWoorden('Ik kan mijn huur niet betalen?', 'nl')).toEqual(['huur', 'betalen']);
    expect(losseWoorden("I can't pay my rent, rent!", 'en')).toEqual(['pay', 'rent']);
    expect(losseWoorden('لا أستطيع دفع الإيجار؟', 'ar')).toEqual(['دفع', 'الإيجار']);
    expect(losseWoorden('не можу платити оренду', 'uk')).toEqual(['платити', 'оренду']);
  });
  it('kent een taal zonder lijst: dan blijven alle woorden', () => {
    expect(losseWoorden('a b cd', 'xx')).toEqual(['cd']);
  });
});

describe('kern van de vraag', () => {
  it('laat voornaamwoorden en hulpwerkwoorden weg, maar houdt ontkenningen', () => {
    expect(kernVraag('Ik kan mijn huur niet betalen?', 'nl')).toBe('huur niet betalen');
    expect(kernVraag('ik wil niet meer leven', 'nl')).toBe('niet meer leven');
    expect(kernVraag('не можу платити оренду', 'uk')).toBe('не платити оренду');
  });
  it('zoekt een vraag van alleen stopwoorden zoals getypt', () => {
    expect(kernVraag('wie ben ik', 'nl')).toBe('wie ben ik');
    expect(kernVraag('niet meer', 'nl')).toBe('niet meer');
  });
});

describe('combineren', () => {
  it('een zeldzaam woord weegt zwaarder dan een woord dat overal staat', () => {
    const overal = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, score: i === 0 ? 50 : 40 }));
    const zeldzaam = [{ id: 'p7', score: 2 }, { id: 'p9', score: 1 }];
    const uit = combineer([overal, zeldzaam]);
    expect(uit[0]!.id).toBe('p7');
    expect(uit[1]!.id).toBe('p9');
  });
  it('ruwe scores tellen relatief per woord', () => {
    const a = [{ id: 'x', score: 100 }, { id: 'y', score: 50 }];
    const b = [{ id: 'y', score: 1 }, { id: 'z', score: 1 }];
    expect(combineer([a, b]).map((t) => t.id)).toEqual(['y', 'x', 'z']);
  });
  it('lege lijsten geven niets', () => {
    expect(combineer([[], []])).toEqual([]);
  });
});
