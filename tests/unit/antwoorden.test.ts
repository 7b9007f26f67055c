/** The flow with JavaScript: answers by question id, changes keep what still applies, share links. */
import { describe, expect, it } from 'vitest';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { naarFragment, stand, uitFragment } from '../../src/engine/antwoorden';
import { DATUM, polis } from '../hulp/advies';
import { echteInhoud } from '../hulp/kapotte-inhoud';

const lijst = laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: DATUM }).vragen.data;
const ids = (s: ReturnType<typeof stand>) => ({ beantwoord: s.beantwoord.map((v) => v.id), volgende: s.volgende?.id });

describe('antwoorden bij id', () => {
  it('vraagt bij meerdere onderwerpen alleen wat nodig is, in volgorde', () => {
    expect(ids(stand(lijst, polis, DATUM, ['huishouden', 'eenzaamheid'], {}))).toEqual({ beantwoord: [], volgende: 'zelf' });
    // Rule 20: after the topic's own questions, the offer of the money questions.
    expect(ids(stand(lijst, polis, DATUM, ['huishouden', 'eenzaamheid'], { zelf: 'nee' }))).toEqual({ beantwoord: ['zelf'], volgende: 'geldcheck' });
    expect(ids(stand(lijst, polis, DATUM, ['huishouden', 'eenzaamheid'], { zelf: 'nee', geldcheck: 'nee' }))).toEqual({ beantwoord: ['zelf', 'geldcheck'], volgende: 'leeftijd' });
    expect(ids(stand(lijst, polis, DATUM, ['werk'], {}))).toEqual({ beantwoord: [], volgende: 'geldcheck' });
    // "Yes" adds the money topic, so its questions follow; with money as the topic there is no offer.
    expect(ids(stand(lijst, polis, DATUM, ['werk'], { geldcheck: 'ja' })).volgende).toBe('rekeningen');
    expect(ids(stand(lijst, polis, DATUM, ['geld-rondkomen'], {})).volgende).toBe('rekeningen');
  });
  it('regel 8: "ja, nu gevaar" geeft meteen het scherm "Bel nu 112", daarna pas de andere vragen', () => {
    expect(ids(stand(lijst, polis, DATUM, ['psychisch'], { gevaar: 'ja' })).volgende).toBe('bel-112');
    expect(ids(stand(lijst, polis, DATUM, ['veiligheid', 'huishouden'], { gevaar: 'ja' })).volgende).toBe('bel-112');
    expect(ids(stand(lijst, polis, DATUM, ['psychisch'], { gevaar: 'ja', 'bel-112': 'verder' })).volgende).not.toBe('bel-112');
    expect(ids(stand(lijst, polis, DATUM, ['psychisch'], { gevaar: 'nee' })).volgende).not.toBe('bel-112');
  });
  it('leest bedragen zoals mensen ze typen en weigert onzin', () => {
    const basis = { rekeningen: 'geen', huishouden: 'alleen', leeftijd: '40', langdurig: 'nee', postcode: '9903AB' };
    expect(stand(lijst, polis, DATUM, ['geld-rondkomen'], { ...basis, inkomen: '€ 1.500' }).situatie.nettoInkomenPerMaand).toBe(1500);
    expect(stand(lijst, polis, DATUM, ['geld-rondkomen'], { ...basis, inkomen: 'veel' }).volgende?.id).toBe('inkomen');
  });
  it('een gewijzigd antwoord houdt de latere antwoorden die nog gelden', () => {
    const antwoorden = { zelf: 'nee', geldcheck: 'nee', leeftijd: '70', postcode: '9915' };
    const voor = stand(lijst, polis, DATUM, ['huishouden', 'eenzaamheid'], antwoorden);
    expect(voor.volgende).toBeUndefined();
    const na = stand(lijst, polis, DATUM, ['huishouden', 'eenzaamheid'], { ...antwoorden, zelf: 'ja' });
    expect(na.volgende).toBeUndefined();
    expect(na.situatie).toMatchObject({ zelfOplossen: 'ja', leeftijd: 70, postcode: '9915' });
  });
  it('een deellink opent dezelfde antwoorden, en laat onbekende en ongeldige weg', () => {
    const fragment = naarFragment(['huishouden', 'geld-rondkomen'], { zelf: 'nee', inkomen: '1500,50', rekeningen: 'dreigend' });
    expect(uitFragment(lijst, fragment)).toEqual({ onderwerpen: ['huishouden', 'geld-rondkomen'], antwoorden: { zelf: 'nee', rekeningen: 'dreigend', inkomen: '1500,50' } });
    expect(uitFragment(lijst, '#onderwerpen=huishouden,onzin&zelf=misschien&x=1')).toEqual({ onderwerpen: ['huishouden'], antwoorden: {} });
  });
});
