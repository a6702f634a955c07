import { fuzzyPrefixMatches } from './fuzzyPrefixMatches';
import type { Phrase } from './parseQuery';
import type { Vocabulary } from './Vocabulary';

// One or two letters ("l", "de", "a") would be a prefix of half the vocabulary: they match whole
// words only. Typos are looked for from four letters on, two of them from eight.
export const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;
const TWO_EDITS_LENGTH = 8;
const LETTERS = /^\p{L}+$/u;

/**
 * The words a query term stands for, each with how many of its leading characters matched. A term
 * matches the words it begins; only when no word begins with it is it taken as mistyped and
 * matched to the words it is one edit (two, for long terms) from the beginning of. A mistyped term
 * typed on from one a key ago (typoNarrows) is looked for only `among` the words that one matched
 * (sorted, as the vocabulary's).
 */
export function matchTerm(term: string, vocabulary: Vocabulary, among: readonly string[] = vocabulary.words): Map<string, number> {
  const matches = new Map<string, number>();
  if (matchesWholeWordOnly(term)) {
    if (vocabulary.has(term)) matches.set(term, term.length);
    return matches;
  }
  for (const word of vocabulary.withPrefix(term)) matches.set(word, term.length);
  const maxEdits = typoEdits(term);
  if (matches.size > 0 || maxEdits === null) return matches;
  return fuzzyPrefixMatches(term, among, maxEdits);
}

/** How many edits a mistyped term may be from a word, or null when too short (or not letters) to be taken as one. */
function typoEdits(term: string): number | null {
  if (term.length < MIN_FUZZY_LENGTH || !LETTERS.test(term)) return null;
  return term.length >= TWO_EDITS_LENGTH ? 2 : 1;
}

/**
 * Whether the words the mistyped `longer` matches are among those `shorter` matches: it goes on
 * from it, and both are allowed as many edits (within them, the alignment of `longer` with a
 * word's beginning, its last letter dropped, aligns `shorter` with a beginning of that word).
 */
export function typoNarrows(shorter: string, longer: string): boolean {
  const edits = typoEdits(shorter);
  return edits !== null && longer.startsWith(shorter) && typoEdits(longer) === edits;
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
