/**
 * Internal links and anchors over the whole built site: every link, image, script, stylesheet and
 * form target on this site points to a file that exists, and every `#fragment` to an id on that page.
 * Links to other sites are counted, not followed (the machines that build have no internet).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lees, type GebouwdePagina } from '../hulp/gebouwde-site';

export interface KapotteLink { url: string; link: string; reden: string }
export interface LinkUitslag { gecontroleerd: number; extern: number; kapot: KapotteLink[] }

const ATTRIBUUT = /\s(href|src|action|poster|component-url|renderer-url)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const ID = /\s(?:id|name)="([^"]*)"/g;

const ontsnapt = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Targets in a page, skipping what is not a link: text, schemes like tel: and mailto:, and data blocks. */
export function doelenIn(html: string): string[] {
  // JSON-LD and other data blocks hold URLs as data; the open-data tests check those.
  const zonderData = html.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g, '');
  const doelen = [...zonderData.matchAll(ATTRIBUUT)].map((m) => ontsnapt(m[2]!));
  for (const m of zonderData.matchAll(SRCSET)) for (const deel of ontsnapt(m[1]!).split(',')) doelen.push(deel.trim().split(/\s+/)[0]!);
  return doelen.filter((d) => d !== '');
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => ontsnapt(m[1]!)));
}

/** The file a site path is served from, or undefined. */
function bestandVoor(distMap: string, pad: string): string | undefined {
  const kandidaten = pad.endsWith('/') ? [join(distMap, pad, 'index.html')] : [join(distMap, pad), join(distMap, pad, 'index.html')];
  return kandidaten.find((k) => existsSync(k) && statSync(k).isFile());
}

export function controleerLinks(paginas: GebouwdePagina[], distMap: string, siteUrl?: string): LinkUitslag {
  const eigenOorsprong = siteUrl ? new URL(siteUrl).origin : undefined;
  const idsPerBestand = new Map<string, Set<string>>();
  const ids = (bestand: string) => {
    let s = idsPerBestand.get(bestand);
    if (!s) idsPerBestand.set(bestand, (s = idsIn(lees(bestand))));
    return s;
  };
  const kapot: KapotteLink[] = [];
  let gecontroleerd = 0;
  let extern = 0;
  for (const p of paginas) {
    const html = lees(p.bestand);
    for (const doel of doelenIn(html)) {
      if (/^(tel|mailto|sms):/i.test(doel)) continue;
      if (/^javascript:/i.test(doel)) {
        kapot.push({ url: p.url, link: doel, reden: 'javascript:-link' });
        continue;
      }
      const basis = new URL(p.url, 'http://site.invalid');
      let u: URL;
      try {
        u = new URL(doel, basis);
      } catch {
        kapot.push({ url: p.url, link: doel, reden: 'geen geldige URL' });
        continue;
      }
      const eigen = u.origin === basis.origin || (eigenOorsprong !== undefined && u.origin === eigenOorsprong);
      if (!eigen) {
        if (u.protocol === 'http:' || u.protocol === 'https:') extern++;
        else if (u.protocol !== 'data:') kapot.push({ url: p.url, link: doel, reden: `onbekend schema ${u.protocol}` });
        continue;
      }
      gecontroleerd++;
      let pad: string;
      try {
        pad = decodeURIComponent(u.pathname);
      } catch {
        kapot.push({ url: p.url, link: doel, reden: 'pad is niet goed gecodeerd' });
        continue;
      }
      const bestand = bestandVoor(distMap, pad);
      if (!bestand) {
        kapot.push({ url: p.url, link: doel, reden: 'doel bestaat niet' });
        continue;
      }
      const anker = decodeURIComponent(u.hash.slice(1));
      if (anker && bestand.endsWith('.html') && !ids(bestand).has(anker))
        kapot.push({ url: p.url, link: doel, reden: `anker #${anker} bestaat niet op die pagina` });
    }
  }
  return { gecontroleerd, extern, kapot };
}
