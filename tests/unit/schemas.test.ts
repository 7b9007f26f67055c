/** Schema rules that a content editor can trip over, checked directly. */
import { describe, expect, it } from 'vitest';
import { bedrag } from '../../src/schemas/bedrag';
import { gemeente } from '../../src/schemas/gemeente';
import { openingstijd } from '../../src/schemas/openingstijden';
import { organisatie } from '../../src/schemas/organisatie';
import { polisRegel } from '../../src/schemas/polis-regel';
import { postcodegebied } from '../../src/schemas/wijkteam';

const bron = { naam: 'x', zekerheid: 'wet' };

describe('schema’s', () => {
  it('openingstijden: sluiten na openen', () => {
    expect(openingstijd.safeParse({ dag: 'maandag', van: '09:00', tot: '12:00' }).success).toBe(true);
    const fout = openingstijd.safeParse({ dag: 'maandag', van: '12:00', tot: '09:00' });
    expect(fout.success).toBe(false);
    expect(fout.error?.issues[0]?.path).toEqual(['tot']);
    expect(openingstijd.safeParse({ dag: 'maandag', van: '9:00', tot: '12:00' }).success).toBe(false);
    expect(openingstijd.safeParse({ dag: 'Maandag', van: '09:00', tot: '12:00' }).success).toBe(false);
  });

  it('postcodegebied: vier cijfers, van niet hoger dan tot', () => {
    expect(postcodegebied.safeParse({ van: 9901, tot: 9909 }).success).toBe(true);
    expect(postcodegebied.safeParse({ van: 9909, tot: 9901 }).success).toBe(false);
    expect(postcodegebied.safeParse({ van: 990, tot: 9909 }).success).toBe(false);
  });

  it('bedrag: einddatum niet voor begindatum, geen negatieve waarde', () => {
    const basis = { sleutel: 'x', omschrijving: 'x', eenheid: 'euro', niveau: 'lokaal' };
    expect(bedrag.safeParse({ ...basis, waarden: [{ waarde: 1, geldigVanaf: '2026-01-01', bron }] }).success).toBe(true);
    expect(bedrag.safeParse({ ...basis, waarden: [{ waarde: 1, geldigVanaf: '2026-01-01', geldigTot: '2025-12-31', bron }] }).success).toBe(false);
    expect(bedrag.safeParse({ ...basis, waarden: [{ waarde: -1, geldigVanaf: '2026-01-01', bron }] }).success).toBe(false);
    expect(bedrag.safeParse({ ...basis, waarden: [] }).success).toBe(false);
  });

  it('gemeente: Nederlands is de eerste taal', () => {
    const g = {
      slug: 'x', naam: 'Gemeente X', plaats: 'X', demo: false, siteUrl: 'https://x.example.org', thema: 'voorbeeld', toegankelijkheidsverklaring: { opgesteld: '2026-11-24' },
      contact: { telefoon: '0999-123', telefoonToelichting: 'x', email: 'a@example.org', website: 'https://x.example.org', adres: { straat: 'a 1', postcode: '9911 AA', plaats: 'X' } },
    };
    expect(gemeente.safeParse({ ...g, talen: ['nl', 'ar'] }).success).toBe(true);
    expect(gemeente.safeParse({ ...g, talen: ['ar', 'nl'] }).success).toBe(false);
    expect(gemeente.safeParse({ ...g, talen: ['nl'], thema: 'rotterdam' }).success).toBe(false);
  });

  it('organisatie: minstens één manier van contact', () => {
    expect(organisatie.safeParse({ id: 'x', naam: 'X', omschrijving: 'x', landelijk: false }).success).toBe(false);
    expect(organisatie.safeParse({ id: 'x', naam: 'X', omschrijving: 'x', landelijk: false, telefoon: '0800-2000' }).success).toBe(true);
  });

  it('polisregel: In het kort heeft 3 tot 5 zinnen en contact leidt ergens heen', () => {
    const regel = {
      titel: 'X', soort: 'collectief', assen: { bereik: 'collectief', uitvoering: 'samen' }, onderwerpen: ['eenzaamheid'],
      inHetKort: ['a.', 'b.', 'c.'], voorWie: ['x'], watKrijgtU: ['x'], watDoetUZelf: ['x'], kosten: { tekst: ['x'] },
      aanvragen: ['x'], bezwaar: 'geen-besluit', contact: { wijkteam: true }, geldigVanaf: '2026-01-01', laatstGecontroleerd: '2026-01-01',
    };
    expect(polisRegel.safeParse(regel).success).toBe(true);
    expect(polisRegel.safeParse({ ...regel, inHetKort: ['a.', 'b.'] }).success).toBe(false);
    expect(polisRegel.safeParse({ ...regel, inHetKort: ['a', 'b', 'c', 'd', 'e', 'f'] }).success).toBe(false);
    expect(polisRegel.safeParse({ ...regel, contact: {} }).success).toBe(false);
    expect(polisRegel.safeParse({ ...regel, onderwerpen: ['geld'] }).success).toBe(false);
    expect(polisRegel.safeParse({ ...regel, upl: { naam: 'x', uri: 'https://example.org/x' } }).success).toBe(false);
  });
});
