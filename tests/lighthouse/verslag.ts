/**
 * Turns the runs per page into medians, the printed table and the list of audits to fix.
 */
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CATEGORIEEN, type Categorie, type Meting, type Ronde } from './meet';

export const DOEL = { score: 100, lcpMs: 1500 } as const;

export interface GezakteAudit {
  categorie: Categorie;
  id: string;
  titel: string;
  waarde?: string;
  score: number;
}

export interface PaginaUitslag {
  taal: string;
  naam: string;
  url: string;
  mediaan?: Meting;
  haaltDoel: boolean;
  rondes: (Omit<Ronde, 'lhr'>)[];
  /** Audits below full marks in the median run; only for pages that miss a target. */
  gezakteAudits: GezakteAudit[];
  lcpElement?: string;
}

export function mediaan(getallen: readonly number[]): number {
  const rij = getallen.filter(Number.isFinite).sort((a, b) => a - b);
  if (rij.length === 0) return Number.NaN;
  const midden = Math.floor(rij.length / 2);
  return rij.length % 2 ? (rij[midden] ?? Number.NaN) : ((rij[midden - 1] ?? 0) + (rij[midden] ?? 0)) / 2;
}

export function paginaUitslag(taal: string, naam: string, url: string, rondes: readonly Ronde[]): PaginaUitslag {
  const metingen = rondes.flatMap((r) => (r.meting ? [r.meting] : []));
  const mediaanMeting: Meting | undefined = metingen.length
    ? {
        scores: Object.fromEntries(
          CATEGORIEEN.map((c) => [c, Math.round(mediaan(metingen.map((m) => m.scores[c])))]),
        ) as Record<Categorie, number>,
        lcpMs: mediaan(metingen.map((m) => m.lcpMs)),
        tbtMs: mediaan(metingen.map((m) => m.tbtMs)),
        cls: mediaan(metingen.map((m) => m.cls)),
      }
    : undefined;
  const haaltDoel =
    mediaanMeting !== undefined &&
    metingen.length === rondes.length &&
    CATEGORIEEN.every((c) => mediaanMeting.scores[c] >= DOEL.score) &&
    mediaanMeting.lcpMs <= DOEL.lcpMs;
  const middelsteRun = haaltDoel ? undefined : kiesMiddelsteRun(rondes);
  return {
    taal,
    naam,
    url,
    mediaan: mediaanMeting,
    haaltDoel,
    rondes: rondes.map(({ meting, fout, waarschuwingen }) => ({ meting, fout, waarschuwingen })),
    gezakteAudits: middelsteRun ? gezakteAudits(middelsteRun) : [],
    lcpElement: middelsteRun && mediaanMeting && mediaanMeting.lcpMs > DOEL.lcpMs ? lcpElement(middelsteRun) : undefined,
  };
}

/** Lighthouse's own choice (closest to the median FCP and TTI); the first valid run if that fails. */
function kiesMiddelsteRun(rondes: readonly Ronde[]): Result | undefined {
  const geldig = rondes.flatMap((r) => (r.meting && r.lhr ? [r.lhr] : []));
  try {
    return geldig.length ? computeMedianRun(geldig) : rondes.find((r) => r.lhr)?.lhr;
  } catch {
    return geldig[0];
  }
}

const nietGescoord = new Set(['informative', 'notApplicable', 'manual', 'error']);

function gezakteAudits(lhr: Result): GezakteAudit[] {
  const gezien = new Set<string>();
  const lijst: GezakteAudit[] = [];
  for (const categorie of CATEGORIEEN) {
    for (const verwijzing of lhr.categories[categorie]?.auditRefs ?? []) {
      const audit = lhr.audits[verwijzing.id];
      if (!audit || gezien.has(audit.id) || nietGescoord.has(audit.scoreDisplayMode)) continue;
      if (audit.score === null || audit.score >= 1) continue;
      gezien.add(audit.id);
      lijst.push({ categorie, id: audit.id, titel: audit.title, waarde: audit.displayValue, score: audit.score });
    }
  }
  return lijst.sort((a, b) => a.score - b.score);
}

/** The selector and snippet of the LCP element, found wherever Lighthouse puts its node in the details. */
function lcpElement(lhr: Result): string | undefined {
  const zoek = (waarde: unknown): string | undefined => {
    if (Array.isArray(waarde)) return waarde.map(zoek).find(Boolean);
    if (typeof waarde !== 'object' || waarde === null) return undefined;
    const object = waarde as Record<string, unknown>;
    if (object.type === 'node' && typeof object.selector === 'string') {
      return `${object.selector} ${typeof object.snippet === 'string' ? object.snippet : ''}`.trim();
    }
    return Object.values(object).map(zoek).find(Boolean);
  };
  return zoek(lhr.audits['largest-contentful-paint-element']?.details);
}

const kolommen = ['taal', 'pagina', 'Prest', 'Toeg', 'Tips', 'SEO', 'LCP s', 'TBT ms', 'CLS', 'doel'];

export function tabel(uitslagen: readonly PaginaUitslag[]): string {
  const rijen = uitslagen.map((u) => {
    const m = u.mediaan;
    const mislukt = u.rondes.filter((r) => r.fout).length;
    return [
      u.taal,
      u.naam,
      ...CATEGORIEEN.map((c) => (m ? String(m.scores[c]) : '-')),
      m ? (m.lcpMs / 1000).toFixed(2) : '-',
      m ? String(Math.round(m.tbtMs)) : '-',
      m ? m.cls.toFixed(3) : '-',
      (u.haaltDoel ? 'ja' : 'nee') + (mislukt ? ` (${mislukt} ronde(s) mislukt)` : ''),
    ];
  });
  const breedtes = kolommen.map((k, i) => Math.max(k.length, ...rijen.map((r) => (r[i] ?? '').length)));
  // Names left, figures right, so the figures line up.
  const regel = (cellen: readonly string[]): string =>
    cellen
      .map((cel, i) => (i < 2 || i === kolommen.length - 1 ? cel.padEnd(breedtes[i] ?? 0) : cel.padStart(breedtes[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [regel(kolommen), regel(breedtes.map((b) => '-'.repeat(b))), ...rijen.map(regel)].join('\n');
}

export function samenvatting(uitslagen: readonly PaginaUitslag[]): string {
  const gehaald = uitslagen.filter((u) => u.haaltDoel).length;
  return `${gehaald} van ${uitslagen.length} pagina's halen 100 in elke categorie en LCP <= ${(DOEL.lcpMs / 1000).toFixed(1)} s.`;
}

export function watTeDoen(uitslagen: readonly PaginaUitslag[]): string {
  const regels: string[] = [];
  for (const u of uitslagen.filter((x) => !x.haaltDoel)) {
    regels.push(`\n[${u.taal}] ${u.naam}  ${u.url}`);
    for (const ronde of u.rondes) if (ronde.fout) regels.push(`  mislukte ronde: ${ronde.fout}`);
    if (u.lcpElement) regels.push(`  LCP-element: ${u.lcpElement}`);
    for (const a of u.gezakteAudits) {
      regels.push(`  ${a.categorie.padEnd(14)} ${a.id}: ${a.titel}${a.waarde ? ` (${a.waarde})` : ''}`);
    }
  }
  return regels.join('\n');
}
