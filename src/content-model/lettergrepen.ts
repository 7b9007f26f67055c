/**
 * Counts the syllables of a Dutch word with the Dutch hyphenation patterns (TeX's, via the `hyphen`
 * package): the number of parts the word hyphenates into. Patterns split at syllable boundaries,
 * but never leave a single letter at a word's edge, so a few words count one short ("bioscoop" 2);
 * good enough for a readability score. Give it one plain word: `lettergrepenVan` in
 * `src/domain/leesbaarheid.ts` splits hyphenated words and handles numbers first.
 */
import { createRequire } from 'node:module';

interface Hyphenator {
  hyphenateSync(tekst: string, opties: { hyphenChar: string; minWordLength: number }): string;
}

// `hyphen` is CommonJS without types; the package lower-cases words itself before matching patterns.
const hyphen = createRequire(import.meta.url)('hyphen/nl/index.js') as Hyphenator;

export function lettergrepen(woord: string): number {
  const schoon = woord.replace(/-/g, '');
  if (schoon === '') return 0;
  // The package skips words that already contain the hyphen character, hence the clean-up above.
  return hyphen.hyphenateSync(schoon, { hyphenChar: '-', minWordLength: 2 }).split('-').length;
}
