/**
 * Languages: UI locale files against the declared keys, the translation overlay, and the errors
 * a translator gets for a broken translation file (file, field, what was expected).
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InhoudFout } from '../../src/content-model/inhoud-fout';
import { laadInhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { pasVertalingToe, toontNederlands } from '../../src/domain/vertaling-toepassen';
import { controleerUiBestand, uiTalen } from '../../src/i18n/ui-bestanden';
import { sleutels } from '../../src/schemas/ui-sleutels';
import { meervoudsvormen, type Tekstboom } from '../../src/schemas/ui-teksten';
import { vertaalVormen } from '../../src/schemas/vertaling';
import { inTaal } from '../../src/site/paden';
import { kopieVanInhoud, wijzig } from '../hulp/kapotte-inhoud';

const lees = (taal: string) => JSON.parse(readFileSync(new URL(`../../src/i18n/${taal}.json`, import.meta.url), 'utf8')) as Tekstboom;
const kloon = <T>(w: T): T => structuredClone(w);

describe('UI-teksten', () => {
  it.each(uiTalen)('%s.json heeft precies de gedeclareerde sleutels, meervoudsvormen en plaatsen', (taal) => {
    expect(controleerUiBestand(taal)).toEqual([]);
  });

  it('elke sleutel heeft een beschrijving', () => {
    const zonder = Object.entries(sleutels).filter(([, s]) => s.beschrijving.trim().length < 10).map(([k]) => k);
    expect(zonder).toEqual([]);
  });

  it('elke sleutel die de code gebruikt, is gedeclareerd', () => {
    const bestanden = (map: string): string[] =>
      readdirSync(map).flatMap((n) => (statSync(join(map, n)).isDirectory() ? bestanden(join(map, n)) : /\.(ts|tsx|astro)$/.test(n) ? [join(map, n)] : []));
    const gebruikt = new Set(
      bestanden(new URL('../../src', import.meta.url).pathname).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(gebruikt.size).toBeGreaterThan(100);
    expect([...gebruikt].filter((k) => !(k in sleutels))).toEqual([]);
  });

  it('een ontbrekende sleutel noemt bestand en sleutel', () => {
    const en = kloon(lees('en')) as { nav: Record<string, string> };
    delete en.nav.polis;
    expect(controleerUiBestand('en', en as unknown as Tekstboom)).toEqual([
      expect.objectContaining({ bestand: 'src/i18n/en.json', veld: 'nav.polis' }),
    ]);
  });

  it('een verkeerd gespelde sleutel wordt geweigerd', () => {
    const en = kloon(lees('en')) as { nav: Record<string, string> };
    en.nav.pollis = en.nav.polis!;
    delete en.nav.polis;
    const problemen = controleerUiBestand('en', en as unknown as Tekstboom);
    expect(problemen.map((p) => p.veld).sort()).toEqual(['', 'nav.polis']);
    expect(problemen.find((p) => p.veld === '')!.verwacht).toContain('nav.pollis');
  });

  it('een verloren {{plaats}} wordt geweigerd', () => {
    const tr = kloon(lees('tr')) as { voet: Record<string, string> };
    tr.voet.contact = 'İletişim';
    const [probleem] = controleerUiBestand('tr', tr as unknown as Tekstboom);
    expect(probleem).toMatchObject({ bestand: 'src/i18n/tr.json', veld: 'voet.contact' });
    expect(probleem!.verwacht).toContain('gemeente');
  });

  it('Pools en Arabisch vragen hun eigen meervoudsvormen', () => {
    expect(meervoudsvormen('pl')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(meervoudsvormen('ar')).toHaveLength(6);
    const pl = kloon(lees('pl')) as { zoeken: Record<string, string> };
    delete pl.zoeken.aantal_few;
    expect(controleerUiBestand('pl', pl as unknown as Tekstboom)).toEqual([
      expect.objectContaining({ bestand: 'src/i18n/pl.json', veld: 'zoeken.aantal_few' }),
    ]);
  });
});

describe('een vertaling over de bron leggen', () => {
  const bron = {
    titel: 'Bijstand',
    inHetKort: ['Een.', 'Twee {bedrag:norm}.'],
    voorWie: ['Voor u.'],
    watKrijgtU: [],
    termijnen: [{ dagen: 56, tekst: 'Binnen 8 weken.' }],
    kosten: { soort: 'gratis', tekst: ['Gratis.'] },
  };

  it('vertaalde velden vervangen de bron; ontbrekende blijven Nederlands en worden genoemd', () => {
    const uit = pasVertalingToe(bron, { titel: 'Assistance', inHetKort: ['One.', 'Two {bedrag:norm}.'], kosten: {} }, vertaalVormen.polis);
    expect(uit.problemen).toEqual([]);
    expect(uit.waarde.titel).toBe('Assistance');
    expect(uit.waarde.voorWie).toEqual(['Voor u.']);
    // An empty source list has nothing to translate, so it is not a fallback.
    expect(uit.nlVelden.sort()).toEqual(['kosten.tekst', 'termijnen', 'voorWie']);
    expect(uit.waarde.termijnen[0]!.dagen).toBe(56);
    expect(toontNederlands(uit, 'voorWie')).toBe(true);
    expect(toontNederlands(uit, 'kosten')).toBe(true);
    expect(toontNederlands(uit, 'titel')).toBe(false);
  });

  it('een ander aantal alinea’s of andere verwijzingen is een probleem', () => {
    const uit = pasVertalingToe(bron, { inHetKort: ['One.'], voorWie: ['For you {bedrag:norm}.'] }, vertaalVormen.polis);
    expect(uit.problemen).toEqual([
      { veld: 'inHetKort', verwacht: "2 alinea's, zoals de bron; gevonden: 1" },
      { veld: 'voorWie[0]', verwacht: 'dezelfde verwijzingen als de bron (geen), gevonden: {bedrag:norm}' },
    ]);
  });

  it('een veld dat de bron niet heeft, is een probleem', () => {
    const uit = pasVertalingToe(bron, { onzeker: ['Not sure.'] }, vertaalVormen.polis);
    expect(uit.problemen).toEqual([{ veld: 'onzeker', verwacht: 'geen tekst: dit veld staat niet in de Nederlandse bron' }]);
  });

  it('zonder vertaling is alles Nederlands', () => {
    const uit = pasVertalingToe(bron, undefined, vertaalVormen.polis);
    expect(uit.waarde).toEqual(bron);
    expect(toontNederlands(uit, 'titel')).toBe(true);
  });

  it('antwoorden per id: een onbekend id is een probleem', () => {
    const vraag = { id: 'v', vraag: 'Vraag?', antwoorden: [{ id: 'ja', label: 'Ja' }, { id: 'nee', label: 'Nee' }] };
    const uit = pasVertalingToe(vraag, { vraag: 'Question?', antwoorden: { ja: 'Yes', misschien: 'Maybe' } }, vertaalVormen.vraag);
    expect(uit.waarde.antwoorden).toEqual([{ id: 'ja', label: 'Yes' }, { id: 'nee', label: 'Nee' }]);
    expect(uit.nlVelden).toEqual(['antwoorden.nee']);
    expect(uit.problemen[0]!.veld).toBe('antwoorden.misschien');
  });
});

describe('kapotte vertaalbestanden', () => {
  let kopie: ReturnType<typeof kopieVanInhoud>;
  beforeEach(() => {
    kopie = kopieVanInhoud();
  });
  afterEach(() => kopie.opruimen());

  const laad = () => laadInhoud({ inhoudMap: kopie.map, gemeente: 'voorbeeld', datum: '2026-06-01', pictogramBestaat });
  function fouten(): string[] {
    try {
      laad();
    } catch (fout) {
      if (fout instanceof InhoudFout) return fout.message.split('\n').slice(1);
      throw fout;
    }
    return [];
  }
  const BIJSTAND = 'gemeenten/voorbeeld/vertalingen/en/polis/bijstand.yaml';

  it('een alinea te weinig noemt bestand en veld', () => {
    wijzig(kopie.map, BIJSTAND, (d) => void d.voorWie.pop());
    expect(fouten()).toEqual([expect.stringMatching(/vertalingen\/en\/polis\/bijstand\.yaml: veld "voorWie": \d+ alinea's, zoals de bron; gevonden: \d+/)]);
  });

  it('een verloren bedrag noemt bestand en veld', () => {
    wijzig(kopie.map, BIJSTAND, (d) => void (d.voorWie[0] = 'Social assistance is for adults.'));
    expect(fouten()).toEqual([expect.stringContaining('bijstand.yaml: veld "voorWie[0]": dezelfde verwijzingen als de bron ({bedrag:aow-leeftijd}), gevonden: geen')]);
  });

  it('zonder "nagekeken" weigert de bouw', () => {
    wijzig(kopie.map, BIJSTAND, (d) => void delete d.nagekeken);
    expect(fouten()).toEqual([expect.stringContaining('bijstand.yaml: veld "nagekeken"')]);
  });

  it('"nagekeken: true" zonder wie en wanneer weigert de bouw', () => {
    wijzig(kopie.map, BIJSTAND, (d) => void (d.nagekeken = true));
    expect(fouten()).toEqual([expect.stringContaining('nagekekenDoor en nagekekenOp')]);
  });

  it('een vertaling van een regel die niet bestaat', () => {
    writeFileSync(join(kopie.map, 'gemeenten/voorbeeld/vertalingen/en/polis/poetsdienst.yaml'), 'gemaakt: machine\nnagekeken: false\ntitel: Cleaning\n');
    expect(fouten()).toEqual([expect.stringContaining('vertalingen/en/polis/poetsdienst.yaml: de vertaling van een polisregel die bestaat')]);
  });

  it('een onbekend begrip-id in een lijstvertaling', () => {
    wijzig(kopie.map, 'nationaal/vertalingen/en/begrippen.yaml', (d) => void (d.items['bestaat-niet'] = { term: 'x' }));
    expect(fouten()).toEqual([expect.stringContaining('begrippen.yaml: veld "items.bestaat-niet"')]);
  });

  it('een ontbrekende vertaling valt terug op Nederlands, zonder fout', () => {
    rmSync(join(kopie.map, BIJSTAND));
    const en = laad().vertalingen.find((v) => v.taal === 'en')!;
    const bijstand = en.polis.find((p) => p.slug === 'bijstand')!;
    expect(bijstand.info.status).toBe('ontbreekt');
    expect(bijstand.data.titel).toMatch(/bijstand/i);
  });
});

describe('adressen per taal', () => {
  it('alleen het taaldeel verandert', () => {
    expect(inTaal('/nl/polis/bijstand/', 'ar')).toBe('/ar/polis/bijstand/');
    expect(inTaal('/nl/', 'uk')).toBe('/uk/');
    expect(inTaal('/nl/wegwijzer/geld/huur-ja/', 'tr')).toBe('/tr/wegwijzer/geld/huur-ja/');
  });
});

describe('links in een blok in een andere taal', () => {
  it('krijgen hreflang, alleen als ze naar die taal gaan en het nog niet hebben', async () => {
    const { markeerLinksNaarTaal } = await import('../../src/site/links-in-taal');
    expect(markeerLinksNaarTaal('<a class="b" href="/nl/x/">x</a> <a href="/ar/y/">y</a> <a hreflang="nl" href="/nl/z/">z</a>', 'nl')).toBe(
      '<a hreflang="nl" class="b" href="/nl/x/">x</a> <a href="/ar/y/">y</a> <a hreflang="nl" href="/nl/z/">z</a>',
    );
  });
});
