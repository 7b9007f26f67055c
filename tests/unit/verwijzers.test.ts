/** Pure helpers for referrers: addresses, link-builder names, embed snippets, and the framing policy file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doelId, html, iframeSnippet, knopSnippet, kortAdres } from '../../src/domain/verwijzers';
import { absoluut, pad, verwijsPad } from '../../src/site/paden';

describe('adressen voor verwijzers', () => {
  it('een onderwerp begint de wegwijzer, een regeling is haar pagina', () => {
    expect(verwijsPad({ soort: 'onderwerp', id: 'schulden' }, 'ar')).toBe('/ar/wegwijzer/schulden/');
    expect(verwijsPad({ soort: 'regel', id: 'bijstand' }, 'tr')).toBe('/tr/polis/bijstand/');
  });

  it('absoluut met of zonder slash aan het eind van siteUrl', () => {
    expect(absoluut('https://polis.example.org', '/nl/ingang/')).toBe('https://polis.example.org/nl/ingang/');
    expect(absoluut('https://polis.example.org/', '/nl/ingang/')).toBe('https://polis.example.org/nl/ingang/');
  });

  it('vaste patronen voor poster, kaartje, QR en ingang', () => {
    expect(pad.verwijzersPoster('nl', 'wonen')).toBe('/nl/verwijzers/poster/wonen/');
    expect(pad.verwijzersKaart('uk', 'wonen')).toBe('/uk/verwijzers/kaart/wonen/');
    expect(pad.verwijzersQr('pl', doelId({ soort: 'regel', id: 'bijstand' }))).toBe('/pl/verwijzers/qr/polis-bijstand.svg');
    expect(pad.ingang('en')).toBe('/en/ingang/');
  });

  it('een onderwerp en een regeling met dezelfde naam krijgen elk hun eigen QR-bestand', () => {
    expect(doelId({ soort: 'onderwerp', id: 'wonen' })).not.toBe(doelId({ soort: 'regel', id: 'wonen' }));
  });

  it('het korte adres laat alleen https:// weg', () => {
    expect(kortAdres('https://polis.example.org/nl/wegwijzer/wonen/')).toBe('polis.example.org/nl/wegwijzer/wonen/');
  });
});

describe('code om te plakken', () => {
  it('de knop is een link met eigen stijl, en ontsnapt tekst en adres', () => {
    const knop = knopSnippet({ url: 'https://x.org/nl/?a=1&b="2"', tekst: 'Hulp <nu> & "snel"', taal: 'ar', richting: 'rtl', kleur: '#4b2a85' });
    expect(knop).toMatch(/^<a href="https:\/\/x\.org\/nl\/\?a=1&amp;b=&quot;2&quot;" lang="ar" dir="rtl" style="[^"]*min-height:44px[^"]*">Hulp &lt;nu&gt; &amp; &quot;snel&quot;<\/a>$/);
  });

  it('het venster heeft een titel en laadt lui', () => {
    expect(iframeSnippet({ url: 'https://x.org/nl/ingang/', titel: "Kies' hulp" })).toMatch(
      /^<iframe src="https:\/\/x\.org\/nl\/ingang\/" title="Kies&#39; hulp" loading="lazy" style="[^"]+"><\/iframe>$/,
    );
    expect(html('<&>')).toBe('&lt;&amp;&gt;');
  });
});

describe('framebeleid in public/_headers', () => {
  const regels = new Map<string, string[]>();
  let huidig = '';
  for (const regel of readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n')) {
    if (!regel.trim() || regel.startsWith('#')) continue;
    if (!/^\s/.test(regel)) regels.set((huidig = regel.trim()), []);
    else regels.get(huidig)!.push(regel.trim());
  }
  it('geen enkele pagina in een frame, behalve /<taal>/ingang/', () => {
    expect(regels.get('/*')).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(regels.get('/*/ingang/')).toEqual(['! Content-Security-Policy', '! X-Frame-Options', 'Content-Security-Policy: frame-ancestors *']);
  });
});
