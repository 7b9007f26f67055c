/**
 * How a typed question becomes search results. Pagefind matches pages that contain every word,
 * so "ik kan mijn huur niet betalen" finds nothing; then each telling word is searched on its own
 * and the pages are ranked by their combined scores, so the page that matches the rarest, most
 * telling words wins. Pure: the island passes Pagefind's answers in.
 */
export interface Treffer { id: string; score: number }

/**
 * Words that carry no meaning in a search, per language: pronouns, articles, auxiliaries and the
 * like that residents type in questions ("ik kan mijn …", "I can't …", "не можу …").
 */
const stopwoorden: Record<string, readonly string[]> = {
  nl: ['ik', 'je', 'jij', 'u', 'uw', 'mijn', 'mij', 'me', 'we', 'wij', 'ons', 'onze', 'het', 'de', 'een', 'en', 'of', 'is', 'ben', 'bent', 'zijn', 'heb', 'hebt', 'heeft', 'kan', 'kun', 'kunt', 'wil', 'wilt', 'moet', 'niet', 'geen', 'wat', 'hoe', 'waar', 'wie', 'voor', 'van', 'met', 'op', 'in', 'aan', 'bij', 'om', 'te', 'er', 'dat', 'die', 'dit', 'ook', 'nog', 'meer', 'mag'],
  en: ['i', 'me', 'my', 'you', 'your', 'we', 'our', 'the', 'a', 'an', 'and', 'or', 'is', 'am', 'are', 'be', 'have', 'has', 'can', 'cant', 'cannot', 'do', 'dont', 'not', 'no', 'what', 'how', 'where', 'who', 'for', 'of', 'with', 'on', 'in', 'at', 'to', 'from', 'it', 'that', 'this', 'get', 'need', 'want'],
  ar: ['أنا', 'انا', 'أنت', 'نحن', 'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أو', 'لا', 'ما', 'ماذا', 'كيف', 'أين', 'هل', 'هذا', 'هذه', 'عندي', 'لي', 'أريد', 'اريد', 'أستطيع', 'استطيع'],
  tr: ['ben', 'sen', 'siz', 'biz', 've', 'veya', 'bir', 'bu', 'şu', 'ne', 'nasıl', 'nerede', 'mi', 'mı', 'mu', 'mü', 'için', 'ile', 'de', 'da', 'yok', 'var', 'değil', 'benim', 'bana'],
  pl: ['ja', 'ty', 'my', 'mi', 'mnie', 'mój', 'moja', 'moje', 'i', 'a', 'lub', 'albo', 'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'nie', 'jest', 'są', 'mam', 'masz', 'jak', 'co', 'gdzie', 'czy', 'to', 'się', 'dla', 'mogę', 'chcę'],
  uk: ['я', 'ти', 'ви', 'ми', 'мені', 'мене', 'мій', 'моя', 'моє', 'і', 'й', 'та', 'або', 'в', 'у', 'з', 'із', 'на', 'до', 'від', 'про', 'не', 'є', 'маю', 'як', 'що', 'де', 'чи', 'це', 'для', 'можу', 'хочу'],
};

/**
 * Stop words that still carry meaning next to other words: "niet meer leven", "huur niet betalen".
 * Searched on their own they find everything; in the whole query they stay.
 */
const betekenisvol: Record<string, readonly string[]> = {
  nl: ['niet', 'geen', 'meer', 'nog'],
  en: ['not', 'no', 'cant', 'cannot', 'dont'],
  ar: ['لا'],
  tr: ['yok', 'değil'],
  pl: ['nie'],
  uk: ['не'],
};

const woordenVan = (vraag: string, taal: string) =>
  vraag
    .toLocaleLowerCase(taal)
    .split(/[\s,.;:!?¿¡'"“”„«»()\-–—/؟،]+/u)
    .filter((w) => [...w].length >= 2);

/** The words of a query worth searching on their own: at least two letters, no stop words, no duplicates. */
export function losseWoorden(vraag: string, taal: string): string[] {
  const stop = new Set(stopwoorden[taal] ?? []);
  return [...new Set(woordenVan(vraag, taal).filter((w) => !stop.has(w)))];
}

/**
 * The query Pagefind gets as a whole. Pagefind wants every word on the page, so "ik", "kan" and
 * "mijn" would only reward pages that happen to use them; they go, negations stay. A query of
 * nothing but stop words is searched as typed.
 */
export function kernVraag(vraag: string, taal: string): string {
  const houden = new Set(betekenisvol[taal] ?? []);
  const stop = new Set(stopwoorden[taal] ?? []);
  const kern = woordenVan(vraag, taal).filter((w) => houden.has(w) || !stop.has(w));
  return kern.some((w) => !houden.has(w)) ? kern.join(' ') : vraag;
}

/**
 * Combines the per-word result lists. Within a list scores are made relative to its best page
 * (Pagefind's raw scores differ a lot between words); a list counts more the fewer pages its word
 * matches, as in inverse document frequency. Best first; ties keep first-seen order.
 */
export function combineer(lijsten: readonly (readonly Treffer[])[]): Treffer[] {
  const grootste = Math.max(1, ...lijsten.map((l) => l.length));
  const totaal = new Map<string, number>();
  for (const lijst of lijsten) {
    if (lijst.length === 0) continue;
    const beste = Math.max(...lijst.map((t) => t.score)) || 1;
    const gewicht = Math.log(1 + grootste / lijst.length);
    for (const t of lijst) totaal.set(t.id, (totaal.get(t.id) ?? 0) + (t.score / beste) * gewicht);
  }
  return [...totaal].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
