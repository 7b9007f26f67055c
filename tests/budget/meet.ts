/**
 * What one built page costs a phone on a slow connection: its HTML, the CSS and the JavaScript it
 * loads (scripts and islands with everything they import), all gzip-compressed as a host sends them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lees, paginasoort, type GebouwdePagina, type Paginasoort } from '../hulp/gebouwde-site';

export const KB = 1024;

/** The budgets, in bytes after gzip. */
export const budget = {
  htmlKlein: 14 * KB, // home, topic and question pages: the first round trip
  htmlOverig: 30 * KB,
  css: 16 * KB,
  jsInhoud: 8 * KB, // shared enhancement scripts on content pages
  jsStroom: 25 * KB, // pages with an interactive island (wegwijzer, search, link builder)
};

export const kleineSoorten: Paginasoort[] = ['home', 'onderwerp', 'vraag'];

export interface PaginaMaat {
  url: string;
  soort: Paginasoort;
  html: number;
  css: number;
  js: number;
  /** Has an island, so it is a flow page with the larger script budget. */
  stroom: boolean;
  /** Script files (site paths) the page loads, with their imports. */
  scripts: string[];
  /** Budget overruns, in words. */
  over: string[];
}

const gz = (inhoud: string | Buffer) => gzipSync(inhoud).length;

export class Meter {
  private bestandMaat = new Map<string, number>();
  private importsVan = new Map<string, string[]>();
  constructor(private distMap: string) {}

  /** gzip size of a site file, e.g. `/_astro/x.js`. */
  maat(pad: string): number {
    let m = this.bestandMaat.get(pad);
    if (m === undefined) {
      const bestand = join(this.distMap, pad);
      if (!existsSync(bestand)) throw new Error(`Een pagina laadt ${pad}, maar dat bestand bestaat niet.`);
      this.bestandMaat.set(pad, (m = gz(readFileSync(bestand))));
    }
    return m;
  }

  /** A script and every module it imports statically (dynamic imports load later, on use). */
  sluiting(pad: string, gezien = new Set<string>()): Set<string> {
    if (gezien.has(pad)) return gezien;
    gezien.add(pad);
    let imports = this.importsVan.get(pad);
    if (!imports) {
      const code = readFileSync(join(this.distMap, pad), 'utf8');
      imports = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)].map((m) =>
        new URL(m[1]!, `http://x${pad}`).pathname,
      );
      this.importsVan.set(pad, imports);
    }
    for (const i of imports) this.sluiting(i, gezien);
    return gezien;
  }

  meet(p: GebouwdePagina): PaginaMaat {
    const html = lees(p.bestand);
    const soort = paginasoort(p.url, html);
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    const inlineStijl = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const css = stylesheets.reduce((s, h) => s + this.maat(h), 0) + (inlineStijl.length ? gz(inlineStijl.join('')) : 0);

    const scriptTags = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/(ld\+)?json"/.test(m[1] ?? ''));
    const inlineJs = scriptTags.filter((m) => !/\ssrc=/.test(m[1] ?? '')).map((m) => m[2]!);
    const bronnen = [
      ...scriptTags.flatMap((m) => /\ssrc="([^"]+)"/.exec(m[1] ?? '')?.[1] ?? []),
      ...[...html.matchAll(/<astro-island[^>]*?\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!),
    ];
    const scripts = new Set<string>();
    for (const b of bronnen) this.sluiting(b, scripts);
    const js = [...scripts].reduce((s, b) => s + this.maat(b), 0) + (inlineJs.length ? gz(inlineJs.join('')) : 0);
    const stroom = html.includes('<astro-island');
    const htmlMaat = gz(html);

    const over: string[] = [];
    const grensHtml = kleineSoorten.includes(soort) ? budget.htmlKlein : budget.htmlOverig;
    if (htmlMaat > grensHtml) over.push(`HTML ${kb(htmlMaat)} > ${kb(grensHtml)}`);
    if (css > budget.css) over.push(`CSS ${kb(css)} > ${kb(budget.css)}`);
    const grensJs = stroom ? budget.jsStroom : budget.jsInhoud;
    if (js > grensJs) over.push(`JS ${kb(js)} > ${kb(grensJs)}`);
    return { url: p.url, soort, html: htmlMaat, css, js, stroom, scripts: [...scripts], over };
  }
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
