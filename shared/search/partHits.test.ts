import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrowToPhrase, rowsFromStart, type PartHits } from './partHits';

/** Each row holding the phrase, with where it first occurs: a search of the whole texts. */
function firstPlaces(texts: readonly string[], phrase: string): Array<[row: number, from: number]> {
  return texts.flatMap((text, row): Array<[number, number]> => (text.includes(phrase) ? [[row, text.indexOf(phrase)]] : []));
}

const byRow = (hits: PartHits) => Array.from(hits.rows, (row, i): [number, number] => [row, hits.from[i]!]);

// Few letters, so that phrases overlap and recur within a text.
const letters = fc.constantFrom('a', 'b', ' ');

describe('narrowToPhrase', () => {
  it('typed on a key at a time, from where the shorter phrase was found, finds the rows and first places a search of the whole texts finds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: letters, maxLength: 40 }), { minLength: 1, maxLength: 12 }), fc.string({ unit: letters, minLength: 1, maxLength: 3 }), fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 2 }), { maxLength: 4 }), (texts, start, typedOn) => {
        let hits = narrowToPhrase(texts, rowsFromStart(Int32Array.from(texts.keys())), start);
        expect(byRow(hits)).toEqual(firstPlaces(texts, start));
        let phrase = start;
        for (const more of typedOn) {
          hits = narrowToPhrase(texts, hits, phrase + more, phrase);
          phrase += more;
          expect(byRow(hits)).toEqual(firstPlaces(texts, phrase));
        }
      }),
      { numRuns: 300 },
    );
  });
});
