/** "Lees voor": which voice reads a language (only voices on the device) and which blocks are read, in order. */
import { describe, expect, it } from 'vitest';
import { blokken, hoofdtaal, kiesStem, voorleesplan, type Stuk } from '../../src/domain/voorlezen';

const stem = (naam: string, lang: string, localService = true, standaard = false) => ({ naam, lang, localService, default: standaard });

describe('hoofdtaal', () => {
  it('neemt het eerste deel van de taalcode, in kleine letters', () => {
    expect(hoofdtaal('nl-NL')).toBe('nl');
    expect(hoofdtaal('nl_BE')).toBe('nl');
    expect(hoofdtaal('AR')).toBe('ar');
    expect(hoofdtaal('')).toBe('');
  });
});

describe('een stem kiezen', () => {
  it('kiest nooit een stem die de tekst naar een server stuurt', () => {
    expect(kiesStem([stem('Google Nederlands', 'nl-NL', false)], 'nl')).toBeUndefined();
    expect(kiesStem([stem('Google Nederlands', 'nl-NL', false, true), stem('Xander', 'nl-NL')], 'nl')?.naam).toBe('Xander');
  });
  it('past op het eerste deel van de taalcode: nl-BE en nl_NL lezen Nederlands', () => {
    expect(kiesStem([stem('Ellen', 'nl-BE')], 'nl')?.naam).toBe('Ellen');
    expect(kiesStem([stem('Android', 'nl_NL')], 'nl')?.naam).toBe('Android');
    expect(kiesStem([stem('Maged', 'ar-SA'), stem('Ellen', 'nl-BE')], 'ar')?.naam).toBe('Maged');
    expect(kiesStem([stem('Maged', 'ar-SA')], 'nl')).toBeUndefined();
  });
  it('geeft de voorkeur aan precies die taalcode, dan aan de standaardstem, dan aan de eerste', () => {
    const stemmen = [stem('Ellen', 'nl-BE'), stem('Xander', 'nl-NL', true, true), stem('Claire', 'nl-NL')];
    expect(kiesStem(stemmen, 'nl-BE')?.naam).toBe('Ellen');
    expect(kiesStem(stemmen, 'nl')?.naam).toBe('Xander');
    expect(kiesStem([stem('Ellen', 'nl-BE'), stem('Claire', 'nl-NL')], 'nl')?.naam).toBe('Ellen');
  });
  it('zonder taal of zonder stemmen: geen stem', () => {
    expect(kiesStem([stem('Xander', 'nl-NL')], '')).toBeUndefined();
    expect(kiesStem([], 'nl')).toBeUndefined();
  });
});

describe('blokken', () => {
  const p1 = {};
  const p2 = {};
  const h1 = {};
  it('voegt tekst van één blok samen en maakt de witruimte gewoon', () => {
    const stukken: Stuk[] = [
      { tekst: 'Lukt dat niet? Dan praat het ', blok: p1, taal: 'nl' },
      { tekst: 'wijkteam', blok: p1, taal: 'nl' },
      { tekst: '\n   met u.  ', blok: p1, taal: 'nl' },
      { tekst: 'Tweede.', blok: p2, taal: 'nl' },
    ];
    expect(blokken(stukken)).toEqual([
      { tekst: 'Lukt dat niet? Dan praat het wijkteam met u.', taal: 'nl' },
      { tekst: 'Tweede.', taal: 'nl' },
    ]);
  });
  it('een Nederlands woord in een Arabische zin is een blok in het Nederlands; losse leestekens vallen weg', () => {
    const stukken: Stuk[] = [
      { tekst: 'يمكنك الحصول على المساعدة الاجتماعية (', blok: p1, taal: 'ar' },
      { tekst: 'bijstand', blok: p1, taal: 'nl' },
      { tekst: ').', blok: p1, taal: 'ar' },
      { tekst: '  ', blok: p2, taal: 'ar' },
    ];
    expect(blokken(stukken)).toEqual([
      { tekst: 'يمكنك الحصول على المساعدة الاجتماعية (', taal: 'ar' },
      { tekst: 'bijstand', taal: 'nl' },
    ]);
  });
  it('leest de titel (h1) eerst, de rest in de volgorde van de pagina', () => {
    const stukken: Stuk[] = [
      { tekst: 'Hulp op maat via het wijkteam', blok: p1, taal: 'nl' },
      { tekst: 'Hulp in het huishouden', blok: h1, taal: 'nl', titel: true },
      { tekst: 'Ook bekend als: poetshulp', blok: p2, taal: 'nl' },
    ];
    expect(blokken(stukken).map((b) => b.tekst)).toEqual(['Hulp in het huishouden', 'Hulp op maat via het wijkteam', 'Ook bekend als: poetshulp']);
  });
  it('een titel in twee talen blijft bij elkaar; zonder titel blijft de volgorde', () => {
    const stukken: Stuk[] = [
      { tekst: 'Terug', blok: p1, taal: 'ar' },
      { tekst: 'المساعدة ', blok: h1, taal: 'ar', titel: true },
      { tekst: 'bijstand', blok: h1, taal: 'nl', titel: true },
    ];
    expect(blokken(stukken).map((b) => b.tekst)).toEqual(['المساعدة', 'bijstand', 'Terug']);
    expect(blokken([{ tekst: 'a1', blok: p1, taal: 'nl' }, { tekst: 'b2', blok: p2, taal: 'nl' }]).map((b) => b.tekst)).toEqual(['a1', 'b2']);
    expect(blokken([])).toEqual([]);
  });
});

describe('voorleesplan', () => {
  const ar = stem('Maged', 'ar-SA');
  const nl = stem('Xander', 'nl-NL');
  const nlServer = stem('Google Nederlands', 'nl-NL', false);
  const teLezen = [{ tekst: 'عنوان', taal: 'ar' }, { tekst: 'bijstand', taal: 'nl' }, { tekst: 'zonder taal', taal: '' }];
  it('elk blok met een stem voor zijn eigen taal, anders met die van de pagina', () => {
    expect(voorleesplan(teLezen, [nl, ar], 'ar').map((u) => u.stem.naam)).toEqual(['Maged', 'Xander', 'Maged']);
    expect(voorleesplan(teLezen, [ar, nlServer], 'ar').map((u) => u.stem.naam)).toEqual(['Maged', 'Maged', 'Maged']);
  });
  it('niets voor te lezen zonder een stem op het apparaat voor de taal van de pagina', () => {
    expect(voorleesplan(teLezen, [nl, nlServer], 'ar')).toEqual([]);
    expect(voorleesplan(teLezen, [], 'nl')).toEqual([]);
  });
});
