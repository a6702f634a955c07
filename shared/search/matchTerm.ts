import { fuzzyPrefixLength } from './fuzzyPrefixLength';
import type { Phrase } from './parseQuery';
import type { Vocabulary } from './Vocabulary';

// One or two letters ("l", "de", "a") would be a prefix of half the vocabulary: they match whole
// words only. Typos are looked for from four letters on, two of them from eight.
const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;
const TWO_EDITS_LENGTH = 8;
const LETTERS = /^\p{L}+$/u;

/**
 * The words a query term stands for, each with how many of its leading characters matched. A term
 * matches the words it begins; only when no word begins with it is it taken as mistyped and
 * matched to the words it is one edit (two, for long terms) from the beginning of.
 */
export function matchTerm(term: string, vocabulary: Vocabulary): Map<string, number> {
  const matches = new Map<string, number>();
  if (matchesWholeWordOnly(term)) {
    if (vocabulary.has(term)) matches.set(term, term.length);
    return matches;
  }
  for (const word of vocabulary.withPrefix(term)) matches.set(word, term.length);
  if (matches.size > 0 || term.length < MIN_FUZZY_LENGTH || !LETTERS.test(term)) return matches;
  const maxEdits = term.length >= TWO_EDITS_LENGTH ? 2 : 1;
  for (const word of vocabulary.words) {
    const length = fuzzyPrefixLength(term, word, maxEdits);
    if (length !== null) matches.set(word, length);
  }
  return matches;
}

export function matchesWholeWordOnly(term: string): boolean {
  return term.length < MIN_PREFIX_LENGTH;
}

/**
 * Words that can take part in an occurrence of the phrase, position by position: the phrase is
 * matched as a substring of the folded text, so its first word may end a longer word, its last
 * may begin one, and a one-word phrase may sit anywhere inside a word. The index narrows on
 * these; the substring test then decides.
 */
export function phraseWordOptions(phrase: Phrase, vocabulary: Vocabulary): string[][] {
  const last = phrase.words.length - 1;
  return phrase.words.map((word, position) => {
    if (last === 0) return vocabulary.words.filter((candidate) => candidate.includes(word));
    if (position === 0) return vocabulary.words.filter((candidate) => candidate.endsWith(word));
    if (position === last) return vocabulary.withPrefix(word);
    return vocabulary.has(word) ? [word] : [];
  });
}
