/**
 * A tiny translator over a tree of already-chosen strings (`advies.voorwaarde.inkomen.ja`) with
 * `{{naam}}` placeholders. The browser gets the strings it needs as props instead of i18next.
 * A key with plural forms (`jaar_one`, `jaar_few`, …) is chosen by `count`, as i18next does.
 */
export type Tekstboom = { [sleutel: string]: string | Tekstboom };

export function maakVertaler(boom: Tekstboom, taal = 'nl'): (sleutel: string, waarden?: Record<string, string | number>) => string {
  const meervoud = new Intl.PluralRules(taal);
  return (sleutel, waarden = {}) => {
    const delen = sleutel.split('.');
    const laatste = delen.pop()!;
    let ouder: string | Tekstboom | undefined = boom;
    for (const deel of delen) ouder = typeof ouder === 'object' ? ouder[deel] : undefined;
    const kies = (naam: string) => (typeof ouder === 'object' ? ouder[naam] : undefined);
    let knoop = kies(laatste);
    if (knoop === undefined && typeof waarden.count === 'number')
      knoop = kies(`${laatste}_${meervoud.select(waarden.count)}`) ?? kies(`${laatste}_other`);
    if (typeof knoop !== 'string') throw new Error(`Onbekende tekst: ${sleutel}`);
    return knoop.replace(/\{\{(\w+)\}\}/g, (_, naam: string) => String(waarden[naam] ?? ''));
  };
}
