/** One block per routing principle of the advice contract (../shared/advies-contract.md). */
import { describe, expect, it } from 'vitest';
import { polisVolgorde } from '../../src/domain/polis-volgorde';
import type { Situatie } from '../../src/schemas/situatie';
import { advies, nietVoorUSlugs, polis, routeSlugs } from '../hulp/advies';
import { maakAdvies } from '../../src/engine/advies';
import { redenVertaler } from '../../src/i18n/vertaal';

const route = (s: Situatie, slug: string) => advies(s).routes.find((r) => r.polis === slug);

describe('1. spoed eerst', () => {
  it('acuut gevaar: 112 bovenaan; met psychisch ook 113', () => {
    expect(routeSlugs({ onderwerpen: ['huishouden'], acuutGevaar: true })[0]).toBe('alarmnummer-112');
    expect(routeSlugs({ onderwerpen: ['huishouden'], acuutGevaar: true })).not.toContain('113-zelfmoordpreventie');
    expect(routeSlugs({ onderwerpen: ['psychisch'], acuutGevaar: true }).slice(0, 2)).toEqual(['alarmnummer-112', '113-zelfmoordpreventie']);
    expect(routeSlugs({ onderwerpen: ['psychisch'] })).not.toContain('113-zelfmoordpreventie');
  });
  it('onveilig thuis of onderwerp veiligheid: Veilig Thuis, als spoed', () => {
    expect(routeSlugs({ onderwerpen: ['werk'], onveiligThuis: true })[0]).toBe('veilig-thuis');
    expect(routeSlugs({ onderwerpen: ['veiligheid'] })[0]).toBe('veilig-thuis');
    expect(route({ onderwerpen: ['veiligheid'] }, 'veilig-thuis')?.soort).toBe('spoed');
    expect(routeSlugs({ onderwerpen: ['werk'], onveiligThuis: false })).not.toContain('veilig-thuis');
  });
  it('spoed komt voor urgente schulden', () => {
    expect(routeSlugs({ onderwerpen: ['schulden'], schulden: 'dreigend', acuutGevaar: true }).slice(0, 2)).toEqual([
      'alarmnummer-112',
      'schuldhulpverlening',
    ]);
  });
});

describe('2. volgorde', () => {
  it('na spoed en urgente schuldhulp: zelf, collectief, regeling, schuldhulp, wijkteam', () => {
    const a = advies({
      onderwerpen: ['huishouden', 'geld-rondkomen', 'schulden', 'eenzaamheid'],
      schulden: 'achterstand', zelfOplossen: 'nee', leeftijd: 70, huishouden: 'alleenstaand', nettoInkomenPerMaand: 1200,
    });
    const orde = a.routes.map((r) => polisVolgorde.indexOf(r.soort));
    expect(orde).toEqual([...orde].sort((x, y) => x - y));
    expect(new Set(a.routes.map((r) => r.soort))).toEqual(new Set(['zelf', 'collectief', 'regeling', 'schuldhulp', 'wijkteam']));
  });
  it('urgente schuldhulp staat direct na spoed, vóór zelf', () => {
    const a = advies({ onderwerpen: ['huishouden'], schulden: 'dreigend' });
    expect(a.routes[0]).toMatchObject({ polis: 'schuldhulpverlening', urgent: true });
    expect(a.routes[1]?.polis).toBe('geldfit');
  });
});

describe('3. maatwerk alleen als het niet anders kan', () => {
  it('zelfOplossen nee: wijkteamroute, waarschijnlijk, met cliëntondersteuning', () => {
    const a = advies({ onderwerpen: ['huishouden'], zelfOplossen: 'nee' });
    expect(a.routes.find((r) => r.polis === 'huishoudelijke-hulp')).toMatchObject({ soort: 'wijkteam', zekerheid: 'waarschijnlijk' });
    expect(a.routes.find((r) => r.polis === 'clientondersteuning')).toMatchObject({ soort: 'collectief', zekerheid: 'waarschijnlijk' });
    expect(a.routes.find((r) => r.polis === 'huishoudelijke-hulp')?.redenen.some((r) => r.grondslag?.artikel === '2.3.5 lid 3')).toBe(true);
  });
  it('zelfOplossen onbekend: wijkteamroute misschien', () => {
    expect(route({ onderwerpen: ['huishouden'] }, 'huishoudelijke-hulp')?.zekerheid).toBe('misschien');
    expect(route({ onderwerpen: ['huishouden'] }, 'clientondersteuning')?.zekerheid).toBe('misschien');
  });
  it('zelfOplossen ja of met hulp: geen wijkteamroute, wel uitleg waarom niet', () => {
    for (const zelfOplossen of ['ja', 'met-hulp-van-naasten'] as const) {
      const a = advies({ onderwerpen: ['huishouden', 'vervoer'], zelfOplossen });
      expect(a.routes.filter((r) => r.soort === 'wijkteam')).toEqual([]);
      expect(a.routes.map((r) => r.polis)).not.toContain('clientondersteuning');
      const niet = a.nietVoorU.find((n) => n.polis === 'huishoudelijke-hulp');
      expect(niet?.redenen[0]?.grondslag?.wet).toBe('Wmo 2015');
    }
  });
  it('met hulp van naasten en een zorgonderwerp: mantelzorgondersteuning voor wie helpt', () => {
    expect(routeSlugs({ onderwerpen: ['huishouden'], zelfOplossen: 'met-hulp-van-naasten' })).toContain('mantelzorgondersteuning');
    expect(routeSlugs({ onderwerpen: ['werk'], zelfOplossen: 'met-hulp-van-naasten' })).not.toContain('mantelzorgondersteuning');
    expect(routeSlugs({ onderwerpen: ['huishouden'], zelfOplossen: 'ja' })).not.toContain('mantelzorgondersteuning');
  });
});

describe('4. onderwerp → polis (minimum van het contract)', () => {
  const verwacht: Record<string, string[]> = {
    huishouden: ['klussen-en-boodschappendienst', 'huishoudelijke-hulp'],
    zelfzorg: ['wijkverpleging', 'begeleiding'],
    vervoer: ['regiotaxi', 'rolstoel-en-scootmobiel'],
    'hulpmiddelen-woning': ['woningaanpassing', 'rolstoel-en-scootmobiel'],
    eenzaamheid: ['buurthuis'],
    dagbesteding: ['inloop-dagbesteding', 'dagbesteding'],
    mantelzorg: ['mantelzorgondersteuning', 'mantelzorgwaardering'],
    opvoeden: ['opvoedondersteuning'],
    'zorgen-om-kind': ['opvoedondersteuning', 'jongerenwerk', 'jeugdhulp'],
    'geld-rondkomen': ['geldfit', 'formulierenhulp'],
    schulden: ['geldfit', 'schuldhulpverlening'],
    formulieren: ['formulierenhulp', 'taalhuis'],
    werk: ['werkplein'],
    wonen: ['wijkteam'],
    veiligheid: ['veilig-thuis', 'wijkteam'],
    psychisch: ['maatschappelijk-werk', 'begeleiding'],
  };
  for (const [onderwerp, slugs] of Object.entries(verwacht))
    it(onderwerp, () => {
      const gekregen = routeSlugs({ onderwerpen: [onderwerp as never], zelfOplossen: 'nee' });
      for (const slug of slugs) expect(gekregen, slug).toContain(slug);
    });
  it('ouderenwerk vanaf 65 jaar, niet eronder; onbekend: misschien', () => {
    expect(route({ onderwerpen: ['eenzaamheid'], leeftijd: 65 }, 'ouderenwerk')?.zekerheid).toBe('waarschijnlijk');
    expect(routeSlugs({ onderwerpen: ['eenzaamheid'], leeftijd: 64 })).not.toContain('ouderenwerk');
    expect(nietVoorUSlugs({ onderwerpen: ['eenzaamheid'], leeftijd: 64 })).toContain('ouderenwerk');
    expect(route({ onderwerpen: ['eenzaamheid'] }, 'ouderenwerk')?.zekerheid).toBe('misschien');
  });
});

describe('5. schulden', () => {
  it('achterstand of dreigend → schuldhulpverlening, dreigend urgent', () => {
    expect(route({ onderwerpen: ['werk'], schulden: 'achterstand' }, 'schuldhulpverlening')?.urgent).toBe(false);
    expect(route({ onderwerpen: ['werk'], schulden: 'dreigend' }, 'schuldhulpverlening')?.urgent).toBe(true);
    expect(routeSlugs({ onderwerpen: ['werk'], schulden: 'zorgen' })).not.toContain('schuldhulpverlening');
    expect(routeSlugs({ onderwerpen: ['schulden'] })).toContain('schuldhulpverlening');
  });
  it('geldfit bij geld-rondkomen, schulden, of elke vorm van schuldenzorg', () => {
    expect(routeSlugs({ onderwerpen: ['werk'], schulden: 'zorgen' })).toContain('geldfit');
    expect(routeSlugs({ onderwerpen: ['werk'], schulden: 'geen' })).not.toContain('geldfit');
    expect(routeSlugs({ onderwerpen: ['geld-rondkomen'] })).toContain('geldfit');
  });
});

describe('6. inkomensregelingen, bij elk onderwerp', () => {
  const basis = { onderwerpen: ['vervoer'] as Situatie['onderwerpen'], huishouden: 'alleenstaand' as const, leeftijd: 40, vermogen: 0 };
  // v2 (rule 12): norms without holiday pay. 2026 single € 1.331,43: 120% = € 1.597,71, 105% = € 1.398,00.
  it('120%-regelingen: net onder en net boven de grens', () => {
    for (const slug of ['meedoenregeling', 'collectieve-zorgverzekering']) {
      expect(routeSlugs({ ...basis, nettoInkomenPerMaand: 1597.71 }), slug).toContain(slug);
      expect(routeSlugs({ ...basis, nettoInkomenPerMaand: 1597.72 }), slug).not.toContain(slug);
      const niet = advies({ ...basis, nettoInkomenPerMaand: 1597.72 }).nietVoorU.find((n) => n.polis === slug);
      expect(niet?.redenen[0]?.tekst).toContain('€\u00a01.597,71');
    }
    expect(route({ ...basis, nettoInkomenPerMaand: 1000 }, 'bijzondere-bijstand')?.zekerheid).toBe('misschien');
    expect(route({ ...basis, nettoInkomenPerMaand: 1000 }, 'meedoenregeling')?.zekerheid).toBe('waarschijnlijk');
  });
  it('17. bijzondere bijstand heeft geen harde inkomensgrens: erboven misschien, met de reden', () => {
    const r = route({ ...basis, nettoInkomenPerMaand: 1597.72 }, 'bijzondere-bijstand');
    expect(r?.zekerheid).toBe('misschien');
    expect(r?.redenen.map((x) => x.tekst).join(' ')).toContain('deel');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 5000 })).not.toContain('bijzondere-bijstand');
  });
  it('18. kindregeling alleen met kinderen', () => {
    expect(routeSlugs({ ...basis, nettoInkomenPerMaand: 1500, kinderen: 2 })).toContain('kindregeling');
    expect(routeSlugs({ ...basis, huishouden: 'alleenstaande-ouder', nettoInkomenPerMaand: 1500 })).toContain('kindregeling');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 1500, kinderen: 0 })).toContain('kindregeling');
    // An alleenstaande without `kinderen` has no children at home.
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 1500 })).toContain('kindregeling');
  });
  it('16. kwijtschelding: tot en met 100%, bezit boven de grens nee, nooit zeker op inkomen alleen', () => {
    expect(route({ ...basis, nettoInkomenPerMaand: 1331.43 }, 'kwijtschelding-gemeentelijke-belastingen')?.zekerheid).toBe('misschien');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 1331.44 })).toContain('kwijtschelding-gemeentelijke-belastingen');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 900, vermogen: 8000.01 })).toContain('kwijtschelding-gemeentelijke-belastingen');
  });
  it('bijstand onder 100%, vermogen en leeftijd 18 tot AOW-leeftijd', () => {
    expect(route({ ...basis, nettoInkomenPerMaand: 1331.42 }, 'bijstand')?.zekerheid).toBe('waarschijnlijk');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 1331.43 })).toContain('bijstand');
    expect(routeSlugs({ ...basis, nettoInkomenPerMaand: 900, vermogen: 8000 })).toContain('bijstand');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 900, vermogen: 8000.01 })).toContain('bijstand');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 900, huishouden: 'samenwonend', partnerLeeftijd: 40, vermogen: 16000.01 })).toContain('bijstand');
    expect(routeSlugs({ ...basis, nettoInkomenPerMaand: 900, huishouden: 'samenwonend', partnerLeeftijd: 40, vermogen: 16000 })).toContain('bijstand');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 200, leeftijd: 17 })).toContain('bijstand');
    expect(route({ ...basis, nettoInkomenPerMaand: 200, leeftijd: 18 }, 'bijstand')?.zekerheid).toBe('misschien');
    expect(nietVoorUSlugs({ ...basis, nettoInkomenPerMaand: 900, leeftijd: 67 })).toContain('bijstand');
    // 15. Unknown is not yes.
    const { vermogen: _v, ...zonderVermogen } = basis;
    expect(route({ ...zonderVermogen, nettoInkomenPerMaand: 900 }, 'bijstand')?.zekerheid).toBe('misschien');
  });
  it('individuele inkomenstoeslag: 105%, langdurig laag, 21 tot AOW-leeftijd, altijd misschien (art. 36: uitzicht)', () => {
    const iit = { ...basis, langdurigLaagInkomen: true };
    expect(routeSlugs({ ...iit, nettoInkomenPerMaand: 1398 })).toContain('individuele-inkomenstoeslag');
    expect(routeSlugs({ ...iit, nettoInkomenPerMaand: 1398.01 })).not.toContain('individuele-inkomenstoeslag');
    expect(nietVoorUSlugs({ ...iit, nettoInkomenPerMaand: 1300, langdurigLaagInkomen: false })).toContain('individuele-inkomenstoeslag');
    expect(nietVoorUSlugs({ ...iit, nettoInkomenPerMaand: 1300, leeftijd: 20 })).toContain('individuele-inkomenstoeslag');
    expect(route({ ...iit, nettoInkomenPerMaand: 1300, leeftijd: 21 }, 'individuele-inkomenstoeslag')?.zekerheid).toBe('misschien');
  });
  it('vanaf de AOW-leeftijd geldt de AOW-norm', () => {
    // AOW single norm without holiday pay € 1.486,46: 120% = € 1.783,75.
    const oud = { ...basis, leeftijd: 67 };
    expect(routeSlugs({ ...oud, nettoInkomenPerMaand: 1783.75 })).toContain('meedoenregeling');
    expect(routeSlugs({ ...oud, nettoInkomenPerMaand: 1783.76 })).not.toContain('meedoenregeling');
    expect(routeSlugs({ ...oud, leeftijd: 66, nettoInkomenPerMaand: 1783.75 })).not.toContain('meedoenregeling');
  });
  it('samenwonenden hebben de norm voor paren', () => {
    // 2026 couple norm without holiday pay € 1.902,02: 120% = € 2.282,42.
    const paar = { ...basis, huishouden: 'samenwonend-met-kinderen' as const, partnerLeeftijd: 40 };
    expect(routeSlugs({ ...paar, nettoInkomenPerMaand: 2282.42 })).toContain('meedoenregeling');
    expect(routeSlugs({ ...paar, nettoInkomenPerMaand: 2282.43 })).not.toContain('meedoenregeling');
  });
  it('bedragen van de datum: in de eerste helft van 2025 gold een lagere norm', () => {
    const in2025 = (inkomen: number) =>
      maakAdvies({ ...basis, nettoInkomenPerMaand: inkomen }, polis, '2025-06-01', redenVertaler('nl')).routes.map((r) => r.polis);
    // 2025-01 single norm without holiday pay € 1.278,18: 120% = € 1.533,81.
    expect(in2025(1533.81)).toContain('meedoenregeling');
    expect(in2025(1533.82)).not.toContain('meedoenregeling');
  });
  it('inkomen onbekend: bij geld-rondkomen misschien, anders niet genoemd', () => {
    const a = advies({ onderwerpen: ['geld-rondkomen'] });
    for (const slug of ['meedoenregeling', 'bijstand', 'kwijtschelding-gemeentelijke-belastingen'])
      expect(a.routes.find((r) => r.polis === slug)?.zekerheid, slug).toBe('misschien');
    const b = advies({ onderwerpen: ['vervoer'], huishouden: 'alleenstaand', leeftijd: 40 });
    expect(b.routes.filter((r) => r.soort === 'regeling')).toEqual([]);
    expect(b.nietVoorU.filter((n) => n.polis === 'meedoenregeling')).toEqual([]);
  });
  it('elke reden van een regeling noemt een grondslag', () => {
    const a = advies({ ...basis, nettoInkomenPerMaand: 1000, langdurigLaagInkomen: true, kinderen: 1 });
    for (const r of a.routes.filter((r) => r.soort === 'regeling'))
      expect(r.redenen.some((x) => x.grondslag), r.polis).toBe(true);
  });
});

describe('7. postcode → wijkteam', () => {
  it('de drie gebieden, met en zonder letters', () => {
    expect(advies({ onderwerpen: ['wonen'], postcode: '9901AB' }).wijkteam?.naam).toBe('Wijkteam Noord');
    expect(advies({ onderwerpen: ['wonen'], postcode: '9919 zz' }).wijkteam?.naam).toBe('Wijkteam Centrum');
    expect(advies({ onderwerpen: ['wonen'], postcode: '9925' }).wijkteam).toMatchObject({ slug: 'wijkteam-zuid', telefoon: '0999-123 603' });
  });
  it('buiten de gemeente: null, een melding, en de hulp van de gemeente zelf misschien (v2)', () => {
    const buiten = advies({ onderwerpen: ['wonen', 'zelfzorg'], zelfOplossen: 'nee', postcode: '1011' });
    expect(buiten.wijkteam).toBeNull();
    expect(buiten.meldingen).toEqual(['Postcode 1011 hoort niet bij gemeente Voorbeeld.']);
    const binnen = advies({ onderwerpen: ['wonen', 'zelfzorg'], zelfOplossen: 'nee', postcode: '9901' });
    expect(buiten.routes.map((r) => r.polis)).toEqual(binnen.routes.map((r) => r.polis));
    expect(buiten.routes.find((r) => r.polis === 'wijkteam')?.zekerheid).toBe('misschien');
    expect(binnen.routes.find((r) => r.polis === 'wijkteam')?.zekerheid).toBe('waarschijnlijk');
    // National help stays as it is.
    expect(buiten.routes.find((r) => r.polis === 'wijkverpleging')).toEqual(binnen.routes.find((r) => r.polis === 'wijkverpleging'));
  });
});

describe('inkomensgrenzen op de polispagina', () => {
  it('zijn dezelfde grenzen die de engine gebruikt', async () => {
    const { inkomensgrenzen } = await import('../../src/domain/inkomensgrenzen');
    const bedragen = new Map(polis.bedragen.map((b) => [b.sleutel, b]));
    // Entries whose limit is a yes/no line below AOW age (bijzondere bijstand has none: rule 17; AIO starts at AOW age).
    const metGrens = polis.regels.filter((r) => r.wegwijzer?.voorwaarden.some((v) => v.soort === 'inkomen' && v.bovenGrens === 'nee' && v.norm !== 'aow'));
    expect(metGrens.length).toBeGreaterThan(4);
    for (const regel of metGrens) {
      const tabel = inkomensgrenzen(regel.wegwijzer!.voorwaarden, polis.instellingen, bedragen, '2026-06-01')!;
      for (const g of tabel.grenzen) {
        const s = { onderwerpen: ['geld-rondkomen' as const], huishouden: g.huishouden, leeftijd: 40, partnerLeeftijd: 40, kinderen: 1, langdurigLaagInkomen: true, vermogen: 0 };
        const op = tabel.lagerDan ? g.onderAow - 0.01 : g.onderAow;
        expect(routeSlugs({ ...s, nettoInkomenPerMaand: op }), `${regel.slug} ${g.huishouden} ${op}`).toContain(regel.slug);
        expect(routeSlugs({ ...s, nettoInkomenPerMaand: op + 0.01 }), `${regel.slug} ${g.huishouden}`).not.toContain(regel.slug);
      }
      expect(tabel.metAow).toBe(!['bijstand', 'individuele-inkomenstoeslag'].includes(regel.slug));
    }
  });
});
