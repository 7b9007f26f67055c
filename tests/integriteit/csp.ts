/**
 * Content-Security-Policy of every built page, read from its `<meta http-equiv>` element: present,
 * strict (no inline script except by hash, no other origins), and true to the page: every inline
 * script and style on it is allowed by hash, and nothing on it needs what the policy forbids
 * (event-handler or style attributes, `javascript:` URLs, files from another origin).
 */
import { createHash } from 'node:crypto';
import { lees, type GebouwdePagina } from '../hulp/gebouwde-site';

export interface CspFout { url: string; fout: string }

/** Sources a directive may list: this site, nothing, hashes; `data:` for images; compiling WebAssembly for search. */
const TOEGESTAAN: Record<string, RegExp> = {
  'default-src': /^'self'$/,
  'script-src': /^('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/,
  'style-src': /^('self'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/,
  'img-src': /^('self'|data:)$/,
  'object-src': /^'none'$/,
  'base-uri': /^'self'$/,
  'form-action': /^'self'$/,
};
const VERPLICHT = ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri'];

export function leesBeleid(html: string): Map<string, string[]> | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!meta) return undefined;
  const beleid = new Map<string, string[]>();
  for (const deel of meta[1]!.split(';')) {
    const [naam, ...bronnen] = deel.trim().split(/\s+/);
    if (naam) beleid.set(naam.toLowerCase(), bronnen);
  }
  return beleid;
}

const hash = (inhoud: string) => `'sha256-${createHash('sha256').update(inhoud, 'utf8').digest('base64')}'`;

/** Inline scripts the browser runs (data blocks such as JSON-LD are not run, so need no hash). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="application\/(ld\+)?json"/.test(m[1] ?? ''))
    .map((m) => m[2]!);
}

export function controleerCsp(paginas: GebouwdePagina[]): CspFout[] {
  const fouten: CspFout[] = [];
  for (const p of paginas) {
    const html = lees(p.bestand);
    const fout = (f: string) => fouten.push({ url: p.url, fout: f });
    const beleid = leesBeleid(html);
    if (!beleid) {
      fout('geen Content-Security-Policy');
      continue;
    }
    // A policy in a <meta> element only covers what comes after it (a data block such as JSON-LD is never run).
    const eerste = html.search(/<script(?![^>]*type="application\/ld\+json")|<style|<link rel="stylesheet"/);
    if (eerste !== -1 && html.search(/<meta http-equiv="content-security-policy"/i) > eerste)
      fout('het beleid staat na een script of stylesheet, en geldt daar dus niet voor');
    for (const d of VERPLICHT) if (!beleid.has(d)) fout(`richtlijn ${d} ontbreekt`);
    for (const [d, bronnen] of beleid) {
      const regel = TOEGESTAAN[d];
      if (!regel) fout(`onverwachte richtlijn ${d}`);
      else for (const b of bronnen) if (!regel.test(b)) fout(`${d} staat ${b} toe`);
    }
    const scriptHashes = new Set(beleid.get('script-src') ?? []);
    for (const s of inlineScripts(html)) if (!scriptHashes.has(hash(s))) fout(`inline script zonder hash in het beleid: ${s.slice(0, 60)}…`);
    const stijlHashes = new Set(beleid.get('style-src') ?? []);
    for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g))
      if (!stijlHashes.has(hash(m[1]!))) fout(`inline stijl zonder hash in het beleid: ${m[1]!.slice(0, 60)}…`);
    // Attributes the policy blocks: they would silently do nothing, or they are a way in for injected code.
    const zonderScripts = html.replace(/<script[\s\S]*?<\/script>/g, '');
    for (const m of zonderScripts.matchAll(/<[a-z][^>]*?\s(on[a-z]+|style)=["'][^>]*>/gi)) fout(`attribuut ${m[1]} in ${m[0].slice(0, 80)}`);
    if (/(href|src|action)=["']\s*javascript:/i.test(html)) fout('javascript:-URL');
    for (const m of html.matchAll(/<(script|link|img|iframe|source)\s[^>]*(src|href)="(https?:)?\/\/([^"/]+)/g))
      if (!(m[1] === 'link' && /rel="(canonical|alternate)"/.test(m[0]))) fout(`laadt iets van een andere oorsprong: ${m[0].slice(0, 100)}`);
  }
  return fouten;
}
