/** The XML escaper and the Atom writer of the change feed, and JSON inside a script element. */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomXml, rfc3339 } from '../../src/domain/atom';
import { jsonInScript } from '../../src/domain/json-ld';
import { xmlTekst } from '../../src/domain/xml';

describe('xmlTekst', () => {
  it('maakt van de vijf bijzondere tekens entiteiten', () => {
    expect(xmlTekst(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
  it('escapet een al geëscapete entiteit opnieuw (geen dubbele betekenis)', () => {
    expect(xmlTekst('&amp;')).toBe('&amp;amp;');
  });
  it('laat tekens weg die XML 1.0 niet toestaat, en houdt tab, regeleinde, emoji en Arabisch', () => {
    expect(xmlTekst('a\u0000b\u0008c\u001Fd\uFFFEe')).toBe('abcde');
    expect(xmlTekst('\t\n\r😀 مرحبا \u2068nl\u2069')).toBe('\t\n\r😀 مرحبا \u2068nl\u2069');
    expect(xmlTekst('x\uD800y\uDC00z')).toBe('xyz');
  });
});

describe('atomXml', () => {
  const feed = {
    id: 'https://x.example.org/nl/wijzigingen/feed.xml',
    title: 'Wijzigingen <&> "polis"',
    taal: 'nl',
    datum: '2026-01-01',
    auteur: { naam: 'Gemeente X & Y', uri: 'https://x.example.org/?a=1&b=2' },
    self: 'https://x.example.org/nl/wijzigingen/feed.xml',
    alternate: 'https://x.example.org/nl/wijzigingen/',
    items: [
      { id: 'tag:x.example.org,2026-01-01:polis/a/wijziging/1/nl', title: 'A </content>', datum: '2026-01-01', link: 'https://x.example.org/nl/polis/a/', tekst: '€ 5 & <b>meer</b>\u0001' },
    ],
  };
  it('schrijft geldige XML waarin elke waarde terugkomt zoals zij was', () => {
    const xml = atomXml(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const f = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#', parseTagValue: false }).parse(xml).feed;
    expect(f.title['#']).toBe(feed.title);
    expect(f.author.uri).toBe(feed.auteur.uri);
    expect(f.entry.title['#']).toBe('A </content>');
    expect(f.entry.content['#']).toBe('€ 5 & <b>meer</b>');
    expect(f.entry.updated).toBe('2026-01-01T00:00:00Z');
  });
  it('weigert een datum die geen JJJJ-MM-DD is', () => {
    expect(() => rfc3339('1-1-2026')).toThrow(/JJJJ-MM-DD/);
    expect(rfc3339('2026-11-24')).toBe('2026-11-24T00:00:00Z');
  });
});

describe('jsonInScript', () => {
  it('kan het script-element niet sluiten en geeft dezelfde waarde terug', () => {
    const waarde = { naam: '</script><script>alert(1)</script>', x: '<!-- \u2028 \u2029' };
    const s = jsonInScript(waarde);
    expect(s).not.toMatch(/<\/script/i);
    expect(s).not.toContain('<');
    expect(s).not.toContain('\u2028');
    expect(JSON.parse(s)).toEqual(waarde);
  });
});
