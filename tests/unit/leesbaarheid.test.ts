/** Plain-language check: the measures themselves, and the bar over every real polis entry. */
import { describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { lettergrepen } from '../../src/content-model/lettergrepen';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import {
  drempels,
  fleschDouma,
  gewoneWoorden,
  leesbaarheidVan,
  lettergrepenVan,
  lopendeTekst,
  mediaan,
  meet,
  woorden,
  zinnen,
} from '../../src/domain/leesbaarheid';
import type { PolisRegel } from '../../src/schemas/polis-regel';
import { echteInhoud } from '../hulp/kapotte-inhoud';

describe('zinnen', () => {
  it('eindigt een zin bij . ? ! gevolgd door een spatie, en aan het eind van de alinea', () => {
    expect(zinnen('Kunt u het niet zelf? Dan helpt de gemeente. Bel ons! Of kom langs')).toEqual([
      'Kunt u het niet zelf?',
      'Dan helpt de gemeente.',
      'Bel ons!',
      'Of kom langs',
    ]);
  });
  it('splitst niet in bedragen, datums en artikelnummers', () => {
    expect(zinnen('Uw inkomen is lager dan € 1.681,80 per maand. Dat staat in artikel 2.3.5 lid 3. Het geldt vanaf 1.1.2026 voor iedereen.')).toEqual([
      'Uw inkomen is lager dan € 1.681,80 per maand.',
      'Dat staat in artikel 2.3.5 lid 3.',
      'Het geldt vanaf 1.1.2026 voor iedereen.',
    ]);
  });
  it('splitst niet na gewone afkortingen', () => {
    for (const zin of [
      'Neem papieren mee, bijv. uw loonstrook en uw paspoort.',
      'Neem papieren mee, bv. Uw loonstrook.',
      'Dit staat in art. 35 van de wet.',
      'Het wijkteam helpt o.a. met zorg en geld.',
      'Bel het nr. 0800-8115 voor hulp.',
      'Het duurt ca. 8 weken.',
      'U betaalt niets, d.w.z. de gemeente betaalt.',
      'Meld het z.s.m. bij het wijkteam.',
      'De prijs is incl. btw en excl. vervoer.',
    ])
      expect(zinnen(zin), zin).toEqual([zin]);
  });
  it('laat "enz." een zin sluiten als er een hoofdletter volgt', () => {
    expect(zinnen('U krijgt hulp met eten, wassen enz. De gemeente betaalt.')).toEqual(['U krijgt hulp met eten, wassen enz.', 'De gemeente betaalt.']);
    expect(zinnen('Eten, wassen enz. zijn gewone dingen.')).toHaveLength(1);
  });
  it('eindigt geen zin bij een dubbele punt of een puntkomma', () => {
    expect(zinnen('Neem mee: uw paspoort; uw loonstrook. Klaar.')).toEqual(['Neem mee: uw paspoort; uw loonstrook.', 'Klaar.']);
  });
  it('houdt aanhalingstekens en haakjes bij de zin, en telt lege stukken niet', () => {
    expect(zinnen('Dit heet een "melding." (Zo heet het.) ...')).toEqual(['Dit heet een "melding."', '(Zo heet het.)']);
  });
});

describe('woorden', () => {
  it('telt letters en cijfers; € en % zijn geen woord', () => {
    expect(woorden('U betaalt € 1.681,80 per maand, of 120% van de norm.')).toEqual([
      'U', 'betaalt', '1.681,80', 'per', 'maand', 'of', '120', 'van', 'de', 'norm',
    ]);
  });
  it('houdt woorden met een streepje of apostrof heel', () => {
    expect(woorden("Stuur een e-mail, of bel 0800-2000. Opa's en oma's zijn welkom.")).toEqual([
      'Stuur', 'een', 'e-mail', 'of', 'bel', '0800-2000', "Opa's", 'en', "oma's", 'zijn', 'welkom',
    ]);
    expect(woorden('€')).toEqual([]);
  });
});

describe('lettergrepen (Nederlandse afbreekpatronen)', () => {
  it.each([
    ['huishoudelijke', 5],
    ['schuldhulpverlening', 5],
    ['gemeente', 3],
    ['Gemeente', 3],
    ['eigen', 2],
    ['u', 1],
    ['wijkteam', 2],
    ['zorgverzekering', 5],
    ['beschikking', 3],
  ])('%s heeft %i lettergrepen', (woord, aantal) => {
    expect(lettergrepen(woord)).toBe(aantal);
  });
  it('telt een getal als 2, en een woord met een streepje per deel', () => {
    expect(lettergrepenVan('112', lettergrepen)).toBe(2);
    expect(lettergrepenVan('1.681,80', lettergrepen)).toBe(2);
    expect(lettergrepenVan('e-mail', lettergrepen)).toBe(2);
    expect(lettergrepenVan('zorg-verzekering', lettergrepen)).toBe(lettergrepen('zorgverzekering'));
    expect(lettergrepenVan("oma's", lettergrepen)).toBe(2);
  });
});

describe('verwijzingen worden gewone woorden', () => {
  const titels = new Map([['wijkteam', 'Het wijkteam']]);
  it('{bedrag} → "bedrag", {polis} → titel (of de slug), {nl} → het woord', () => {
    expect(gewoneWoorden('U betaalt {bedrag:wmo-abonnementstarief} per maand.')).toBe('U betaalt bedrag per maand.');
    expect(gewoneWoorden('Tot {bedrag:bijstandsnorm-alleenstaand|120%} netto.')).toBe('Tot bedrag netto.');
    expect(gewoneWoorden('Lees meer bij {polis:wijkteam}.', (s) => titels.get(s))).toBe('Lees meer bij Het wijkteam.');
    expect(gewoneWoorden('Lees meer bij {polis:bijzondere-bijstand}.', (s) => titels.get(s))).toBe('Lees meer bij bijzondere bijstand.');
    expect(gewoneWoorden('Call the {nl:wijkteam}.')).toBe('Call the wijkteam.');
  });
});

describe('Flesch-Douma', () => {
  it('is 206,835 − 0,93 × woorden per zin − 77 × lettergrepen per woord', () => {
    expect(fleschDouma(10, 1.5)).toBeCloseTo(82.035, 6);
    expect(fleschDouma(0, 0)).toBeCloseTo(206.835, 6);
  });
  it('meet een vaste tekst zoals met de hand uitgerekend', () => {
    // "U krijgt hulp." 3 woorden, 3 lettergrepen; "De gemeente betaalt." 3 woorden, 1 + 3 + 2 = 6.
    // 6 woorden in 2 zinnen = 3 per zin; 9 lettergrepen / 6 woorden = 1,5.
    // 206,835 − 0,93 × 3 − 77 × 1,5 = 206,835 − 2,79 − 115,5 = 88,545.
    const m = meet(['U krijgt hulp. De gemeente betaalt.'], lettergrepen);
    expect(m).toMatchObject({ zinnen: 2, woorden: 6, lettergrepen: 9, langeWoorden: 0 });
    expect(m.woordenPerZin).toBe(3);
    expect(m.fleschDouma).toBeCloseTo(88.545, 6);
  });
  it('telt alinea’s samen en woorden van 4 of meer lettergrepen als lang', () => {
    // Nep-teller: elke klinkergroep is een lettergreep. "schuldhulpverlening": schuld-hulp-ver-le-ning = 5.
    const teller = (w: string) => (w.toLowerCase().match(/[aeiouy]+/g) ?? []).length;
    const m = meet(['Vraag schuldhulpverlening aan.', 'Bel ons'], teller);
    expect(m).toMatchObject({ zinnen: 2, woorden: 5, lettergrepen: 1 + 5 + 1 + 1 + 1, langeWoorden: 1 });
    expect(m.woordenPerZin).toBe(2.5);
    expect(m.procentLangeWoorden).toBe(20);
    expect(m.fleschDouma).toBeCloseTo(206.835 - 0.93 * 2.5 - 77 * (9 / 5), 6);
  });
  it('geeft de mediaan', () => {
    expect(mediaan([3, 1, 2])).toBe(2);
    expect(mediaan([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('lopende tekst van een regeling', () => {
  it('neemt alle tekst die een inwoner leest, maar niet de titel en "ook bekend als"', () => {
    const regel = {
      titel: 'TITEL',
      ookBekendAls: ['OOKBEKEND'],
      inHetKort: ['a1', 'a2', 'a3'],
      onzeker: ['b'],
      voorWie: ['c'],
      watKrijgtU: ['d'],
      watDoetUZelf: ['e'],
      kosten: { tekst: ['f'] },
      aanvragen: ['g'],
      termijnen: [{ tekst: 'h', zekerheid: 'wet' }],
      wijzigingen: [{ datum: '2026-01-01', tekst: 'i' }],
    } as unknown as PolisRegel;
    expect(lopendeTekst(regel)).toEqual(['a1', 'a2', 'a3', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });
});

describe('de lat voor elke echte regeling', () => {
  it('ligt waar het issue hem legde (niet verlagen: herschrijf de tekst)', () => {
    expect(drempels).toEqual({ inHetKort: { minFleschDouma: 70, maxWoordenPerZin: 12 }, volledig: { minFleschDouma: 60 } });
  });

  const vandaag = new Date().toISOString().slice(0, 10);
  const inhoud = laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: vandaag, pictogramBestaat });
  const titels = new Map(inhoud.polis.map((p) => [p.slug, p.data.titel]));

  it('heeft regelingen om te meten', () => {
    expect(inhoud.polis.length).toBeGreaterThan(20);
  });

  it.each(inhoud.polis.map((p) => [p.slug, p] as const))('%s is leesbaar genoeg', (slug, p) => {
    const { inHetKort, volledig, problemen } = leesbaarheidVan(p.data, lettergrepen, (s) => titels.get(s));
    const cijfers = (m: typeof inHetKort) =>
      `${m.woordenPerZin.toFixed(1)} woorden per zin, ${m.procentLangeWoorden.toFixed(1)} % lange woorden, Flesch-Douma ${m.fleschDouma.toFixed(1)}`;
    const uitleg = `${slug} (${p.bestand}): In het kort ${cijfers(inHetKort)}; hele regeling ${cijfers(volledig)}`;
    expect(inHetKort.fleschDouma, uitleg).toBeGreaterThanOrEqual(drempels.inHetKort.minFleschDouma);
    expect(inHetKort.woordenPerZin, uitleg).toBeLessThanOrEqual(drempels.inHetKort.maxWoordenPerZin);
    expect(volledig.fleschDouma, uitleg).toBeGreaterThanOrEqual(drempels.volledig.minFleschDouma);
    expect(problemen, uitleg).toEqual([]);
  });
});
