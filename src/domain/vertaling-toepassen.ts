/**
 * Lays a translation over its Dutch source. The result has the source's shape: text from the
 * translation where there is one, the Dutch text where there is none (and a note of which fields
 * fell back, so the page can mark them `lang="nl"`). Pure, so it is tested with plain objects.
 */
import type { Vorm } from '../schemas/vertaling';
import { verwijzingenIn } from './tekst-verwijzingen';

export interface VertaalProbleem {
  /** Field path inside the translation, e.g. `voorWie[2]`. */
  veld: string;
  verwacht: string;
}

export interface Toegepast<T> {
  waarde: T;
  /** Field paths that show Dutch because the translation has no text for them. */
  nlVelden: string[];
  problemen: VertaalProbleem[];
}

type Waarde = unknown;
const isRecord = (w: Waarde): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);
const pad = (basis: string, stap: string | number) =>
  typeof stap === 'number' ? `${basis}[${stap}]` : basis ? `${basis}.${stap}` : stap;

/** References must survive translation: the same amounts and links, no more and no fewer. */
function vergelijkVerwijzingen(bron: string, vertaald: string, veld: string, problemen: VertaalProbleem[]): void {
  const a = verwijzingenIn(bron).sort().join(' ');
  const b = verwijzingenIn(vertaald).sort().join(' ');
  if (a !== b) problemen.push({ veld, verwacht: `dezelfde verwijzingen als de bron (${a || 'geen'}), gevonden: ${b || 'geen'}` });
}

function toepassen(bron: Waarde, vertaling: Waarde, vorm: Vorm, veld: string, uit: Omit<Toegepast<unknown>, 'waarde'>): Waarde {
  if (bron === undefined) {
    if (vertaling !== undefined) uit.problemen.push({ veld, verwacht: 'geen tekst: dit veld staat niet in de Nederlandse bron' });
    return bron;
  }
  if (vertaling === undefined) {
    // An empty list (a schema default) has nothing to translate, so nothing shows Dutch.
    if (!(Array.isArray(bron) && bron.length === 0)) uit.nlVelden.push(veld);
    return bron;
  }
  switch (vorm.t) {
    case 'tekst':
      vergelijkVerwijzingen(bron as string, vertaling as string, veld, uit.problemen);
      return vertaling;
    case 'lijst':
      return vertaling;
    case 'alineas': {
      const b = bron as string[];
      const v = vertaling as string[];
      if (b.length !== v.length) {
        uit.problemen.push({ veld, verwacht: `${b.length} ${b.length === 1 ? 'alinea' : "alinea's"}, zoals de bron; gevonden: ${v.length}` });
        return vertaling;
      }
      v.forEach((tekst, i) => vergelijkVerwijzingen(b[i]!, tekst, pad(veld, i), uit.problemen));
      return vertaling;
    }
    case 'object': {
      const b = bron as Record<string, unknown>;
      const v = vertaling as Record<string, unknown>;
      const nieuw: Record<string, unknown> = { ...b };
      for (const [sleutel, deelVorm] of Object.entries(vorm.velden)) {
        const w = toepassen(b[sleutel], v[sleutel], deelVorm, pad(veld, sleutel), uit);
        // A field the source does not have stays absent: the record keeps the source's shape.
        if (w !== undefined) nieuw[sleutel] = w;
      }
      return nieuw;
    }
    case 'rij': {
      const b = bron as unknown[];
      const v = vertaling as unknown[];
      if (b.length !== v.length) {
        uit.problemen.push({ veld, verwacht: `${b.length} items, zoals de bron; gevonden: ${v.length}` });
        return bron;
      }
      return b.map((item, i) => toepassen(item, v[i], vorm.element, pad(veld, i), uit));
    }
    case 'perId': {
      const b = bron as Record<string, unknown>[];
      const v = vertaling as Record<string, string>;
      const ids = new Set(b.map((item) => String(item.id)));
      for (const id of Object.keys(v))
        if (!ids.has(id)) uit.problemen.push({ veld: pad(veld, id), verwacht: `een id uit de bron (${[...ids].join(', ')})` });
      return b.map((item) => {
        const tekst = v[String(item.id)];
        if (tekst === undefined) {
          uit.nlVelden.push(pad(veld, String(item.id)));
          return item;
        }
        return { ...item, [vorm.veld]: tekst };
      });
    }
  }
}

/** Applies one record's translation; `vertaling` undefined means there is none. */
export function pasVertalingToe<T>(bron: T, vertaling: unknown, vorm: Vorm): Toegepast<T> {
  const uit = { nlVelden: [] as string[], problemen: [] as VertaalProbleem[] };
  if (vertaling !== undefined && !isRecord(vertaling)) {
    return { waarde: bron, nlVelden: [''], problemen: [{ veld: '', verwacht: 'de vertaalde velden' }] };
  }
  const waarde = toepassen(bron, vertaling ?? {}, vorm, '', uit) as T;
  return { waarde, ...uit };
}

/** Whether a field (or part of it) shows Dutch; `''` in `nlVelden` means the whole record does. */
export function toontNederlands(info: { nlVelden: readonly string[] }, veld: string): boolean {
  const binnen = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return info.nlVelden.some((v) => v === '' || binnen(v, veld) || binnen(veld, v));
}
