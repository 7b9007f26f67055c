/**
 * Stale content: an entry nobody has checked for a year may promise what the municipality no longer
 * does. The build warns (it does not fail: the entry may still be right), naming file and field.
 */
import { waardeOpDatum } from '../domain/bedragen';
import type { Probleem } from './inhoud-fout';
import type { Inhoud } from './laad-inhoud';

/** The date `maanden` months before `datum` (both `YYYY-MM-DD`), on the last day of a shorter month. */
export function maandenTerug(datum: string, maanden: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const doel = new Date(Date.UTC(j, m - 1 - maanden, 1));
  const laatsteDag = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  doel.setUTCDate(Math.min(d, laatsteDag));
  return doel.toISOString().slice(0, 10);
}

export const VEROUDERD_NA_MAANDEN = 12;

/**
 * Amounts whose last period ended before the build date (rule 11): the site shows the last value
 * with a visible notice and the wegwijzer says "misschien"; the build warns with the file and key.
 */
export function verlopenBedragen(inhoud: Pick<Inhoud, 'bedragen' | 'datum'>): Probleem[] {
  return inhoud.bedragen.flatMap((b) => {
    const w = waardeOpDatum(b.data, inhoud.datum);
    if (!w?.verlopen) return [];
    return [{
      bestand: b.bestand,
      veld: `${b.veld}.waarden (sleutel ${b.data.sleutel})`,
      verwacht: `een waarde die geldt op ${inhoud.datum}; de laatste periode liep tot en met ${w.waarde.geldigTot}. Zet de nieuwe bedragen erin, met bron. Tot dan tonen de pagina's het oude bedrag met een waarschuwing.`,
    }];
  });
}

export function verouderdeRegels(inhoud: Pick<Inhoud, 'polis' | 'datum'>, maanden = VEROUDERD_NA_MAANDEN): Probleem[] {
  const grens = maandenTerug(inhoud.datum, maanden);
  return inhoud.polis
    .filter((p) => p.data.laatstGecontroleerd < grens)
    .map((p) => ({
      bestand: p.bestand,
      veld: 'laatstGecontroleerd',
      verwacht: `gecontroleerd in de laatste ${maanden} maanden (na ${grens}); laatst gecontroleerd op ${p.data.laatstGecontroleerd}. Controleer de regel en zet de datum van vandaag.`,
    }));
}
