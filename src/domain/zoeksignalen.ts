/**
 * Whether a search query signals danger (violence, fear at home, suicide), from the words in
 * `content/nationaal/zoeksignalen.yaml`. Pure: the search island passes the words of its language.
 */

/** Lower case, without accents on Latin letters, Arabic short vowels or letter variants, one apostrophe. */
export function normaliseer(tekst: string, taal: string): string {
  let uit = tekst.toLocaleLowerCase(taal).replace(/[’ʼ`]/g, "'");
  if (taal === 'ar')
    uit = uit
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي');
  // Latin accents (suïcide → suicide) but not Cyrillic letters such as ї or й.
  else uit = uit.normalize('NFD').replace(/(?<=[a-z])[\u0300-\u036f]/g, '').normalize('NFC');
  return uit.replace(/\s+/g, ' ').trim();
}

export interface Signaal { polis: readonly string[]; woorden: readonly string[] }

/**
 * The crisis entries a query calls for, in order, without duplicates. A word matches at the start of
 * a word of the query; in Arabic anywhere (prefixes such as و and ال stick to the word).
 */
export function crisisVoor(vraag: string, taal: string, signalen: readonly Signaal[]): string[] {
  const q = ` ${normaliseer(vraag, taal)}`;
  const uit: string[] = [];
  for (const s of signalen) {
    const raak = s.woorden.some((w) => {
      const woord = normaliseer(w, taal);
      return taal === 'ar' ? q.includes(woord) : q.includes(` ${woord}`);
    });
    if (raak) for (const p of s.polis) if (!uit.includes(p)) uit.push(p);
  }
  return uit;
}
