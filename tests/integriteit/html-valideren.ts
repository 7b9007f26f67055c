/**
 * html-validate over built pages: the recommended rules, with the few exceptions below, each with
 * its reason. A page passes with zero errors.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { lees, type GebouwdePagina } from '../hulp/gebouwde-site';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles put the page's own name first and end with the municipality, so a cut-off in a tab or a
    // search result loses only the end; a translated title cannot be held to a 70-character limit.
    'long-title': 'off',
    // Both forms are valid HTML: Astro writes `<img>`, Preact's server renderer writes `<img/>`.
    'void-style': 'off',
    // Phone links are `white-space: nowrap` in CSS (src/styles/onderdelen.css): the number stays on
    // one line with a normal hyphen, which is what a screen reader and copy-and-paste expect.
    // The "Bel 112" button of the crisis page is a label with a number in it, kept on one line the same way.
    'tel-non-breaking': ['error', { ignoreClasses: ['utrecht-link--telephone', 'crisisbalk__nummer', 'spoedscherm__bel'] }],
  },
};

export interface HtmlFout { url: string; regel: string; melding: string; plek: string }

/** Validates in this thread; `valideerHtml` spreads the pages over one worker per core. */
export async function valideerHtmlHier(paginas: GebouwdePagina[]): Promise<HtmlFout[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const fouten: HtmlFout[] = [];
  for (const p of paginas) {
    const rapport = await validator.validateString(lees(p.bestand), p.bestand);
    for (const r of rapport.results)
      for (const m of r.messages)
        if (m.severity === 2) fouten.push({ url: p.url, regel: m.ruleId, melding: m.message, plek: `${m.line}:${m.column} ${m.selector ?? ''}` });
  }
  return fouten;
}

export async function valideerHtml(paginas: GebouwdePagina[]): Promise<HtmlFout[]> {
  const aantal = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(paginas.length / 200)));
  if (aantal === 1) return valideerHtmlHier(paginas);
  const delen = Array.from({ length: aantal }, (_, i) => paginas.filter((_, j) => j % aantal === i));
  const uitslagen = await Promise.all(
    delen.map(
      (deel) =>
        new Promise<HtmlFout[]>((klaar, mis) => {
          const werker = new Worker(new URL('./html-werker.ts', import.meta.url), { workerData: deel });
          werker.once('message', klaar);
          werker.once('error', mis);
        }),
    ),
  );
  return uitslagen.flat().sort((a, b) => a.url.localeCompare(b.url));
}
