/** The real content of the demo municipality: complete, consistent and as the contract says. */
import { beforeAll, describe, expect, it } from 'vitest';
import { geldendeWaarde } from '../../src/domain/bedragen';
import { laadInhoud, type Inhoud } from '../../src/content-model/laad-inhoud';
import { pictogramBestaat } from '../../src/content-model/pictogrammen';
import { verplichteSlugs } from '../../src/content-model/verplichte-slugs';
import { splitsTekst } from '../../src/domain/tekst-verwijzingen';
import { wijkteamVoorPostcode } from '../../src/domain/postcode';
import { echteInhoud } from '../hulp/kapotte-inhoud';

const vandaag = new Date().toISOString().slice(0, 10);
let inhoud: Inhoud;
beforeAll(() => {
  inhoud = laadInhoud({ inhoudMap: echteInhoud, gemeente: 'voorbeeld', datum: vandaag, pictogramBestaat });
});

describe('inhoud van Gemeente Voorbeeld', () => {
  it('laadt zonder fouten op de bouwdatum', () => {
    expect(inhoud.gemeente.data.naam).toBe('Gemeente Voorbeeld');
    expect(inhoud.gemeente.data.demo).toBe(true);
  });

  it('heeft elke verplichte polisregel met de juiste soort', () => {
    const opSlug = new Map(inhoud.polis.map((p) => [p.slug, p.data]));
    for (const [soort, slugs] of Object.entries(verplichteSlugs))
      for (const slug of slugs) {
        expect(opSlug.has(slug), slug).toBe(true);
        if (slug !== 'persoonsgebonden-budget') expect(opSlug.get(slug)?.soort, slug).toBe(soort);
      }
  });

  it('houdt landelijke inhoud landelijk: spoed en zelfhulp staan in content/nationaal', () => {
    for (const slug of [...verplichteSlugs.spoed, ...verplichteSlugs.zelf])
      expect(inhoud.polis.find((p) => p.slug === slug)?.bestand).toBe(`content/nationaal/polis/${slug}.yaml`);
  });

  it('heeft voor elk gebruikt bedrag een waarde op de bouwdatum', () => {
    const bedragen = new Map(inhoud.bedragen.map((b) => [b.data.sleutel, b.data]));
    const gebruikt = new Set<string>();
    const zoek = (w: unknown): void => {
      if (typeof w === 'string')
        for (const d of splitsTekst(w))
          if (d.soort === 'bedrag') {
            gebruikt.add(d.sleutel);
            if (d.aandeel && 'sleutel' in d.aandeel) gebruikt.add(d.aandeel.sleutel);
          }
      if (w && typeof w === 'object') Object.values(w).forEach(zoek);
    };
    inhoud.polis.forEach((p) => zoek(p.data));
    expect(gebruikt.size).toBeGreaterThan(5);
    for (const sleutel of gebruikt) expect(geldendeWaarde(bedragen.get(sleutel)!, vandaag), sleutel).toBeDefined();
  });

  it('schrijft elke termijn één keer: gedeelde termijnen staan in een procedure', () => {
    const teksten = inhoud.polis.flatMap((p) => p.data.termijnen.map((t) => t.tekst));
    expect(new Set(teksten).size).toBe(teksten.length);
    expect(inhoud.polis.filter((p) => p.data.procedure === 'wmo-maatwerk').length).toBeGreaterThanOrEqual(6);
  });

  it('typt geen bedragen in de tekst: euro’s komen uit de tabel', () => {
    for (const p of inhoud.polis) expect(JSON.stringify(p.data), p.slug).not.toMatch(/€\s?\d/);
  });

  it('heeft de landelijke bedragen uit de domeinfeiten', () => {
    const waarde = (sleutel: string, datum: string) =>
      geldendeWaarde(inhoud.bedragen.find((b) => b.data.sleutel === sleutel)!.data, datum)?.waarde;
    expect(waarde('bijstandsnorm-alleenstaand', '2026-06-01')).toBe(1401.5);
    expect(waarde('bijstandsnorm-samenwonend', '2026-06-01')).toBe(2002.13);
    expect(waarde('bijstandsnorm-aow-alleenstaand', '2026-06-01')).toBe(1564.69);
    expect(waarde('bijstandsnorm-aow-samenwonend', '2026-06-01')).toBe(2144.16);
    expect(waarde('wmo-abonnementstarief', '2026-06-01')).toBe(21.8);
    expect(waarde('wmo-abonnementstarief', '2025-06-01')).toBe(21);
    expect(waarde('aow-leeftijd', '2026-06-01')).toBe(67);
  });

  it('verdeelt de postcodes over de wijkteams zoals het contract zegt', () => {
    const teams = inhoud.wijkteams.map((w) => w.data);
    expect(wijkteamVoorPostcode(teams, '9901')?.naam).toBe('Wijkteam Noord');
    expect(wijkteamVoorPostcode(teams, '9909')?.naam).toBe('Wijkteam Noord');
    expect(wijkteamVoorPostcode(teams, '9910')?.naam).toBe('Wijkteam Centrum');
    expect(wijkteamVoorPostcode(teams, '9919')?.naam).toBe('Wijkteam Centrum');
    expect(wijkteamVoorPostcode(teams, '9920')?.naam).toBe('Wijkteam Zuid');
    expect(wijkteamVoorPostcode(teams, '9929')?.naam).toBe('Wijkteam Zuid');
    expect(wijkteamVoorPostcode(teams, '9930')).toBeUndefined();
  });

  it('heeft minstens zes plekken met openingstijden, waaronder een taalhuis en ouderenwerk', () => {
    expect(inhoud.plekken.length).toBeGreaterThanOrEqual(6);
    for (const p of inhoud.plekken) expect(p.data.openingstijden.length, p.data.id).toBeGreaterThan(0);
    const soorten = new Set(inhoud.plekken.map((p) => p.data.soort));
    for (const s of ['buurthuis', 'bibliotheek', 'ouderenwerk', 'inloop']) expect(soorten.has(s as never), s).toBe(true);
  });

  it('gebruikt voorbeeld-adressen voor lokale e-mail en echte landelijke nummers', () => {
    const lokaal = [...inhoud.organisaties.filter((o) => !o.data.landelijk).map((o) => o.data.email), ...inhoud.wijkteams.map((w) => w.data.email)];
    for (const e of lokaal) if (e) expect(e).toMatch(/example\.org$/);
    const nummer = (id: string) => inhoud.organisaties.find((o) => o.data.id === id)?.data.telefoon;
    expect(nummer('alarmnummer')).toBe('112');
    expect(nummer('veilig-thuis')).toBe('0800-2000');
    expect(nummer('113-zelfmoordpreventie')).toBe('113');
    expect(nummer('geldfit')).toBe('0800-8115');
  });

  it('linkt wetten naar wetten.overheid.nl en geeft UPL-URI’s in de juiste vorm', () => {
    for (const p of inhoud.polis) {
      for (const g of p.data.grondslagen)
        expect(g.url, `${p.slug}: ${g.wet}`).toMatch(/^https:\/\/(wetten\.overheid\.nl\/|voorbeeld\.example\.org\/regelgeving\/)/);
      if (p.data.upl) expect(p.data.upl.uri).toMatch(/^http:\/\/standaarden\.overheid\.nl\/owms\/terms\//);
    }
  });
});
