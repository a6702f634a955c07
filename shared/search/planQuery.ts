import { matchesWholeWordOnly, matchTerm, phraseWordOptions } from './matchTerm';
import type { ParsedQuery } from './parseQuery';
import type { Vocabulary } from './Vocabulary';

/**
 * How a query is answered: a result holds one word of every lookup (the index intersects them),
 * and its folded text contains every phrase (checked on the candidates the lookups leave).
 */
export interface QueryPlan {
  /** Alternative words per term or phrase position, the term itself first when it is a word. */
  lookups: string[][];
  phrases: string[];
}

/**
 * The plan for a parsed query, or null when some part of it matches no word of the vocabulary.
 * A phrase is looked up by its longer words: its one- and two-letter words ("l", "de") would
 * only add long lists, or for its first word every word ending in that letter, and the phrase
 * check covers them anyway.
 */
export function planQuery(parsed: ParsedQuery, vocabulary: Vocabulary): QueryPlan | null {
  const lookups: string[][] = [];
  for (const term of parsed.terms) {
    const alternatives = [...matchTerm(term, vocabulary).keys()];
    if (alternatives.length === 0) return null;
    lookups.push(alternatives);
  }
  for (const phrase of parsed.phrases) {
    const options = phraseWordOptions(phrase, vocabulary);
    if (options.some((alternatives) => alternatives.length === 0)) return null;
    const longer = options.filter((_, position) => !matchesWholeWordOnly(phrase.words[position]!));
    lookups.push(...(longer.length > 0 ? longer : options));
  }
  return { lookups, phrases: parsed.phrases.map((phrase) => phrase.text) };
}
