import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { foldForSearch } from '../text/foldForSearch';
import { Vocabulary } from './Vocabulary';
import { words } from './words';
import { WordRows, type WordRowsParts } from './WordRows';
import { decodeWordRows, encodeWordRows } from './wordRowsCodec';

/** Word lists as WordRows holds them: each word's rows ascending, any row in several words' lists. */
const wordRowsParts: fc.Arbitrary<WordRowsParts> = fc.integer({ min: 1, max: 300_000 }).chain((rowCount) =>
  fc
    .record({
      lists: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: rowCount - 1 }), { maxLength: 40 }), { maxLength: 30 }),
      letters: fc.array(fc.integer({ min: 0, max: (1 << 26) - 1 }), { minLength: Math.min(rowCount, 50), maxLength: Math.min(rowCount, 50) }),
    })
    .map(({ lists, letters }) => {
      const sorted = lists.map((list) => [...list].sort((a, b) => a - b));
      const starts = Int32Array.from({ length: sorted.length + 1 }, (_, i) => sorted.slice(0, i).reduce((sum, list) => sum + list.length, 0));
      // Letters for every row: the drawn ones repeated, as long as the rows.
      return { rowCount, starts, rows: Int32Array.from(sorted.flat()), letters: Int32Array.from({ length: rowCount }, (_, row) => letters[row % letters.length] ?? 0) };
    }),
);

/** The lists the bytes hold, decoded in one go. */
function decoded(bytes: Uint8Array, rowCount: number, wordCount: number): WordRowsParts | null {
  const steps = decodeWordRows(bytes, rowCount, wordCount);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Compared as bytes: a deep comparison of arrays of 300,000 numbers takes seconds. */
function sameParts(actual: WordRowsParts | null, expected: WordRowsParts): boolean {
  const bytes = (array: Int32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return actual !== null && actual.rowCount === expected.rowCount && (['starts', 'rows', 'letters'] as const).every((part) => bytes(actual[part]).equals(bytes(expected[part])));
}

/** The bytes as a database hands them: inside a larger buffer, at an offset not divisible by four. */
function atOddOffset(bytes: Uint8Array): Uint8Array {
  const larger = new Uint8Array(bytes.length + 3);
  larger.set(bytes, 3);
  return larger.subarray(3);
}

describe('word lists as bytes', () => {
  it('come back as they were written, wherever the bytes lie', () => {
    fc.assert(
      fc.property(wordRowsParts, (parts) => {
        expect(sameParts(decoded(atOddOffset(encodeWordRows(parts)), parts.rowCount, parts.starts.length - 1), parts)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('come back the same decoded a step at a time, each step no longer than asked or than one word', () => {
    fc.assert(
      fc.property(wordRowsParts, fc.integer({ min: 1, max: 60 }), (parts, pairsPerStep) => {
        const steps = decodeWordRows(atOddOffset(encodeWordRows(parts)), parts.rowCount, parts.starts.length - 1, pairsPerStep);
        let pauses = 0;
        let step = steps.next();
        for (; !step.done; step = steps.next()) pauses++;
        expect(sameParts(step.value, parts)).toBe(true);
        const longestWord = Math.max(0, ...parts.starts.slice(1).map((end, word) => end - parts.starts[word]!));
        const pairs = parts.rows.length;
        expect(pauses).toBeGreaterThanOrEqual(Math.ceil(pairs / Math.max(pairsPerStep, longestWord)) - 1);
        expect(pauses).toBeLessThanOrEqual(parts.starts.length - 1);
      }),
      { numRuns: 60 },
    );
  });

  it('are refused when cut short, lengthened, or written for other rows or words', () => {
    fc.assert(
      fc.property(wordRowsParts, fc.nat(), (parts, cut) => {
        const bytes = encodeWordRows(parts);
        const wordCount = parts.starts.length - 1;
        expect(decoded(bytes.subarray(0, cut % bytes.length), parts.rowCount, wordCount)).toBeNull();
        const lengthened = new Uint8Array(bytes.length + 1);
        lengthened.set(bytes);
        expect(decoded(lengthened, parts.rowCount, wordCount)).toBeNull();
        expect(decoded(bytes, parts.rowCount + 1, wordCount)).toBeNull();
        expect(decoded(bytes, parts.rowCount, wordCount + 1)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('give, when damaged, either nothing or lists a search can use (ascending rows of the table)', () => {
    fc.assert(
      fc.property(wordRowsParts, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (parts, damage) => {
        const bytes = encodeWordRows(parts);
        for (const [at, value] of damage) bytes[at % bytes.length] = value;
        const lists = decoded(bytes, parts.rowCount, parts.starts.length - 1);
        if (lists === null) return;
        let usable = true;
        for (let word = 0; word + 1 < lists.starts.length; word++) {
          for (let at = lists.starts[word]!; at < lists.starts[word + 1]!; at++) {
            usable &&= lists.rows[at]! < parts.rowCount && (at === lists.starts[word] || lists.rows[at]! > lists.rows[at - 1]!);
          }
        }
        expect(usable).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('of the bundled corpus, find the rows the lists made from its texts find', async () => {
    const corpus = await loadBundledCorpus();
    const texts = corpus.paragraphs.map((paragraph) => foldForSearch(paragraph.text.fr ?? paragraph.text.en ?? ''));
    const vocabulary = new Vocabulary([...new Set(texts.flatMap((text) => words(text)))].sort());
    const made = WordRows.of(texts, vocabulary);
    const parts = decoded(encodeWordRows(made.parts()), texts.length, vocabulary.words.length);
    expect(parts).not.toBeNull();
    const kept = WordRows.fromParts(parts!);
    for (const term of ['migrants', 'coop', 'traf', 'protection', 'enfants']) {
      const { start, end } = vocabulary.prefixRange(term);
      expect([...kept.ofRange(start, end)], term).toEqual([...made.ofRange(start, end)]);
      expect(made.ofRange(start, end).length, term).toBeGreaterThan(0);
    }
    expect([...kept.ofLetter('t')]).toEqual([...made.ofLetter('t')]);
  });
});
