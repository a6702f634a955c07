import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from './Vocabulary';
import { WordRows } from './WordRows';
import { words } from './words';

describe('WordRows', () => {
  it('gives for a range of words, or some words, the rows whose text holds one, as words() reads the texts, and the rows holding a letter', () => {
    // Few letters, so that words repeat; separators; a letter beyond Latin-1 (ł) and one within (ß).
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', 'ß', 'ł', ' ', "'", '-', '¹'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ł'), maxLength: 2 }), fc.nat(), (texts, prefix, pick) => {
        const vocabulary = new Vocabulary(texts.flatMap(words));
        const rows = WordRows.of(texts, vocabulary);
        const holding = (chosen: (word: string) => boolean) => texts.flatMap((text, row) => (words(text).some(chosen) ? [row] : []));
        const { start, end } = vocabulary.prefixRange(prefix);
        expect([...rows.ofRange(start, end)]).toEqual(holding((word) => word.startsWith(prefix)));
        const some = vocabulary.words.filter((_, id) => (id + pick) % 3 === 0);
        expect([...rows.ofWords(some.map((word) => vocabulary.indexOf(word)))]).toEqual(holding((word) => some.includes(word)));
        for (const letter of ['a', 'c']) expect([...rows.ofLetter(letter)]).toEqual(texts.flatMap((text, row) => (text.includes(letter) ? [row] : [])));
      }),
      { numRuns: 500 },
    );
  });
});
