import { describe, expect, it } from 'vitest';
import { aandeel, geldendeWaarde, schrijfBedrag } from '../../src/domain/bedragen';
import { koppelBegrippen, maakZoeker } from '../../src/domain/begrippen-koppelen';
import { inPolisVolgorde } from '../../src/domain/polis-volgorde';
import { postcodeCijfers, wijkteamVoorPostcode } from '../../src/domain/postcode';
import { losseAccolade, splitsTekst } from '../../src/domain/tekst-verwijzingen';
import { weergave } from '../../src/domain/tekst-weergave';
import type { Bedrag } from '../../src/schemas/bedrag';

const bron = { naam: 'test', zekerheid: 'wet' as const };
const tarief: Bedrag = {
  sleutel: 'tarief',
  omschrijving: 'test',
  eenheid: 'euro-per-maand',
  niveau: 'landelijk',
  waarden: [
    { waarde: 21, geldigVanaf: '2025-01-01', geldigTot: '2025-12-31', bron },
    { waarde: 21.8, geldigVanaf: '2026-01-01', bron },
  ],
};
const norm: Bedrag = { ...tarief, sleutel: 'norm', waarden: [{ waarde: 1401.5, geldigVanaf: '2026-01-01', bron }] };
const grens: Bedrag = { ...tarief, sleutel: 'grens', eenheid: 'procent', waarden: [{ waarde: 120, geldigVanaf: '2025-01-01', bron }] };

describe('bedragen', () => {
  it('kiest de waarde die op de datum geldt, ook op de grensdagen', () => {
    expect(geldendeWaarde(tarief, '2025-12-31')?.waarde).toBe(21);
    expect(geldendeWaarde(tarief, '2026-01-01')?.waarde).toBe(21.8);
    expect(geldendeWaarde(tarief, '2024-12-31')).toBeUndefined();
  });
  it('schrijft bedragen zoals Nederlanders ze lezen', () => {
    expect(schrijfBedrag(21.8, 'euro-per-maand')).toBe('€\u00a021,80');
    expect(schrijfBedrag(1401.5, 'euro')).toBe('€\u00a01.401,50');
    expect(schrijfBedrag(8000, 'euro')).toBe('€\u00a08.000');
    expect(schrijfBedrag(67, 'jaar')).toBe('67 jaar');
    expect(schrijfBedrag(120, 'procent')).toBe('120%');
  });
  it('rondt een aandeel af naar beneden op hele centen', () => {
    expect(aandeel(1401.5, 120)).toBe(1681.8);
    expect(aandeel(2002.13, 105)).toBe(2102.23);
    expect(aandeel(100)).toBe(100);
  });
});

describe('verwijzingen in tekst', () => {
  it('herkent bedragen, aandelen en polisregels', () => {
    expect(splitsTekst('U betaalt {bedrag:tarief} per maand, tot {bedrag:norm|120%} of {bedrag:norm|grens}. Zie {polis:wijkteam}.')).toEqual([
      { soort: 'tekst', tekst: 'U betaalt ' },
      { soort: 'bedrag', sleutel: 'tarief' },
      { soort: 'tekst', tekst: ' per maand, tot ' },
      { soort: 'bedrag', sleutel: 'norm', aandeel: { procent: 120 } },
      { soort: 'tekst', tekst: ' of ' },
      { soort: 'bedrag', sleutel: 'norm', aandeel: { sleutel: 'grens' } },
      { soort: 'tekst', tekst: '. Zie ' },
      { soort: 'polis', slug: 'wijkteam' },
      { soort: 'tekst', tekst: '.' },
    ]);
  });
  it('meldt losse accolades', () => {
    expect(losseAccolade('Kost {bedrag:tarief}')).toBe(false);
    expect(losseAccolade('Kost {bedrag tarief}')).toBe(true);
  });
  it('vult bedragen in voor de datum en toont elke term één keer als begrip', () => {
    const ctx = {
      bedragen: new Map([['tarief', tarief], ['norm', norm], ['grens', grens]]),
      polisTitels: new Map([['wijkteam', 'Het wijkteam']]),
      begrippen: maakZoeker([{ id: 'eigen-bijdrage', vorm: 'eigen bijdrage' }]),
      gezien: new Set<string>(),
    };
    const delen = weergave('Uw eigen bijdrage is {bedrag:tarief}; grens {bedrag:norm|grens}. Eigen bijdrage via {polis:wijkteam}.', ctx, '2026-03-01');
    expect(delen.map((d) => d.soort)).toEqual(['tekst', 'begrip', 'tekst', 'bedrag', 'tekst', 'bedrag', 'tekst', 'polis', 'tekst']);
    expect(delen.find((d) => d.soort === 'bedrag')?.tekst).toBe('€\u00a021,80');
    expect(delen.filter((d) => d.soort === 'bedrag')[1]?.tekst).toBe('€\u00a01.681,80');
    expect(delen.find((d) => d.soort === 'polis')?.tekst).toBe('Het wijkteam');
    // A change note dated 2025 shows the 2025 value.
    expect(weergave('{bedrag:tarief}', { ...ctx, gezien: new Set() }, '2025-06-01')[0]?.tekst).toBe('€\u00a021');
  });
});

describe('begrippen koppelen', () => {
  const zoeker = maakZoeker([
    { id: 'wmo', vorm: 'Wmo' },
    { id: 'pgb', vorm: 'pgb' },
    { id: 'pgb', vorm: 'persoonsgebonden budget' },
  ]);
  it('koppelt alleen hele woorden, zonder op hoofdletters te letten', () => {
    const gezien = new Set<string>();
    const delen = koppelBegrippen('De WMO regelt een pgb-achtige wmovoorziening.', zoeker, gezien);
    expect(delen.filter((d) => d.begrip).map((d) => d.tekst)).toEqual(['WMO']);
  });
  it('koppelt een begrip maar één keer per pagina, ook via een variant', () => {
    const gezien = new Set<string>();
    koppelBegrippen('Met een persoonsgebonden budget regelt u zelf zorg.', zoeker, gezien);
    expect(koppelBegrippen('Een pgb aanvragen.', zoeker, gezien).some((d) => d.begrip)).toBe(false);
  });
});

describe('postcode en wijkteam', () => {
  const teams = [
    { naam: 'Noord', postcodegebieden: [{ van: 9901, tot: 9909 }] },
    { naam: 'Centrum', postcodegebieden: [{ van: 9910, tot: 9919 }] },
  ];
  it('leest postcodes zoals mensen ze typen', () => {
    expect(postcodeCijfers('9903AB')).toBe(9903);
    expect(postcodeCijfers(' 9903 ab ')).toBe(9903);
    expect(postcodeCijfers('9903')).toBe(9903);
    expect(postcodeCijfers('0999')).toBeUndefined();
    expect(postcodeCijfers('99031')).toBeUndefined();
  });
  it('vindt het wijkteam aan beide randen van een gebied', () => {
    expect(wijkteamVoorPostcode(teams, '9909 ZZ')?.naam).toBe('Noord');
    expect(wijkteamVoorPostcode(teams, '9910')?.naam).toBe('Centrum');
    expect(wijkteamVoorPostcode(teams, '1011')).toBeUndefined();
  });
});

describe('polisvolgorde', () => {
  it('zet spoed eerst en het wijkteam laatst', () => {
    const items = [
      { soort: 'wijkteam' as const, titel: 'A' },
      { soort: 'regeling' as const, titel: 'B' },
      { soort: 'spoed' as const, titel: 'C' },
      { soort: 'zelf' as const, titel: 'D' },
      { soort: 'schuldhulp' as const, titel: 'E' },
      { soort: 'collectief' as const, titel: 'F' },
    ];
    expect(inPolisVolgorde(items).map((i) => i.soort)).toEqual(['spoed', 'zelf', 'collectief', 'regeling', 'schuldhulp', 'wijkteam']);
  });
});

describe('bedragen zoals mensen ze typen', async () => {
  const { leesBedrag, leesLeeftijd } = await import('../../src/domain/bedrag-invoer');
  it('leest gangbare schrijfwijzen', () => {
    expect(leesBedrag('1500')).toBe(1500);
    expect(leesBedrag('1.500')).toBe(1500);
    expect(leesBedrag('1500,50')).toBe(1500.5);
    expect(leesBedrag('€ 1.500')).toBe(1500);
    expect(leesBedrag('€1.500,75')).toBe(1500.75);
    expect(leesBedrag('1.500,-')).toBe(1500);
    expect(leesBedrag(' 980 ')).toBe(980);
  });
  it('weigert wat geen bedrag is', () => {
    for (const fout of ['', 'veel', '-5', '1,5,0', '15OO', '1.50.0']) expect(leesBedrag(fout), fout).toBeUndefined();
  });
  it('leest Arabische en Perzische cijfers (issue 16)', () => {
    expect(leesLeeftijd('٣٥')).toBe(35);
    expect(leesLeeftijd('۳۵')).toBe(35);
    expect(leesBedrag('١٥٠٠')).toBe(1500);
    expect(leesBedrag('١٬٥٠٠٫٥٠')).toBe(1500.5);
    expect(leesBedrag('€ ۱.۲۰۰')).toBe(1200);
    expect(leesLeeftijd('١٣٠')).toBeUndefined();
  });
  it('leest een leeftijd', () => {
    expect(leesLeeftijd('67')).toBe(67);
    expect(leesLeeftijd('130')).toBeUndefined();
    expect(leesLeeftijd('6a')).toBeUndefined();
  });
});

describe('vertaler over een tekstboom', async () => {
  const { maakVertaler } = await import('../../src/domain/vertaal-boom');
  it('vult waarden in en meldt onbekende sleutels', () => {
    const t = maakVertaler({ a: { b: 'Hallo {{naam}}, {{n}} keer' } });
    expect(t('a.b', { naam: 'Ans', n: 3 })).toBe('Hallo Ans, 3 keer');
    expect(() => t('a.c')).toThrow('Onbekende tekst: a.c');
  });
  it('kiest de meervoudsvorm van de taal bij count', () => {
    const pl = maakVertaler({ e: { jaar_one: '{{count}} rok', jaar_few: '{{count}} lata', jaar_many: '{{count}} lat', jaar_other: '{{count}} roku' } }, 'pl');
    expect([1, 3, 67, 1.5].map((count) => pl('e.jaar', { count }))).toEqual(['1 rok', '3 lata', '67 lat', '1.5 roku']);
    const ar = maakVertaler({ e: { jaar_two: 'سنتان', jaar_other: '{{count}} سنة' } }, 'ar');
    expect(ar('e.jaar', { count: 2 })).toBe('سنتان');
    expect(ar('e.jaar', { count: 67 })).toBe('67 سنة');
  });
});
