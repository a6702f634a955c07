import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyPrefixLength } from './testing/fuzzyPrefixLength';
import { fuzzyPrefixMatches } from './fuzzyPrefixMatches';

/** fuzzyPrefixLength word by word, as matchTerm looked through the vocabulary. */
function eachWord(term: string, words: readonly string[], maxEdits: number): Map<string, number> {
  const matches = new Map<string, number>();
  for (const word of words) {
    const length = fuzzyPrefixLength(term, word, maxEdits);
    if (length !== null) matches.set(word, length);
  }
  return matches;
}

describe('fuzzyPrefixMatches', () => {
  it('gives every word of a sorted list what fuzzyPrefixLength gives it', () => {
    // Few letters, so that words share beginnings and come close to the term.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'é'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(text, fc.uniqueArray(text, { maxLength: 80 }), fc.constantFrom(1, 2), (term, words, maxEdits) => {
        const sorted = [...words].sort();
        expect([...fuzzyPrefixMatches(term, sorted, maxEdits)]).toEqual([...eachWord(term, sorted, maxEdits)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers a mistyped word as fuzzyPrefixLength does', () => {
    const words = ['coopeation', 'cooperatifs', 'cooperation', 'cooperations', 'coopere', 'coordination', 'corporation'];
    expect(fuzzyPrefixMatches('cooperatoin', words, 2)).toEqual(eachWord('cooperatoin', words, 2));
    expect(fuzzyPrefixMatches('cooperatoin', words, 2).get('cooperation')).toBe(11);
  });
});
