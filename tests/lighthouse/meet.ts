/**
 * One Lighthouse run on one URL, reduced to what the report needs. Lighthouse's own defaults stay:
 * mobile form factor with simulated throttling, like PageSpeed Insights.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumOpties } from '../hulp/chromium';

export const CATEGORIEEN = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

export interface Meting {
  scores: Record<Categorie, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export interface Ronde {
  meting?: Meting;
  fout?: string;
  waarschuwingen: string[];
  /** The full report, kept in memory only: the median run's audits are printed from it. */
  lhr?: Result;
}

export async function startChromium(): Promise<LaunchedChrome> {
  const { executablePath, args } = chromiumOpties();
  return launch({ chromePath: executablePath, chromeFlags: args ?? [], logLevel: 'error', handleSIGINT: false });
}

export async function meetEenKeer(url: string, poort: number): Promise<Ronde> {
  const uitkomst = await lighthouse(url, {
    port: poort,
    logLevel: 'error',
    onlyCategories: [...CATEGORIEEN],
    // Dutch audit titles, like the rest of the printed report.
    locale: 'nl',
  });
  const lhr = uitkomst?.lhr;
  if (!lhr) return { fout: 'Lighthouse gaf geen resultaat', waarschuwingen: [] };
  if (lhr.runtimeError) {
    return { fout: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, waarschuwingen: lhr.runWarnings, lhr };
  }
  const score = (categorie: Categorie): number => Math.round((lhr.categories[categorie]?.score ?? 0) * 100);
  const waarde = (audit: string): number => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    meting: {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      lcpMs: waarde('largest-contentful-paint'),
      tbtMs: waarde('total-blocking-time'),
      cls: waarde('cumulative-layout-shift'),
    },
    waarschuwingen: lhr.runWarnings,
    lhr,
  };
}
