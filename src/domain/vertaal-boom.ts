/**
 * A tiny translator over a tree of already-chosen strings (`advies.voorwaarde.inkomen.ja`) with
 * `{{naam}}` placeholders. The browser gets the strings it needs as props instead of i18next.
 */
export type Tekstboom = { [sleutel: string]: string | Tekstboom };

export function maakVertaler(boom: Tekstboom): (sleutel: string, waarden?: Record<string, string | number>) => string {
  return (sleutel, waarden = {}) => {
    let knoop: string | Tekstboom | undefined = boom;
    for (const deel of sleutel.split('.')) knoop = typeof knoop === 'object' ? knoop[deel] : undefined;
    if (typeof knoop !== 'string') throw new Error(`Onbekende tekst: ${sleutel}`);
    return knoop.replace(/\{\{(\w+)\}\}/g, (_, naam: string) => String(waarden[naam] ?? ''));
  };
}
