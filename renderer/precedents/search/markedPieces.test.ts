import { describe, expect, it } from 'vitest';
import { markedPieces } from './markedPieces';

describe('markedPieces', () => {
  it('cuts the text at its matches, keeping every character once and in order', () => {
    const text = 'trafic illicite de migrants';
    const pieces = markedPieces(text, [{ start: 0, end: 6 }, { start: 19, end: 27 }]);
    expect(pieces).toEqual([
      { text: 'trafic', marked: true },
      { text: ' illicite de ', marked: false },
      { text: 'migrants', marked: true },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('skips a match overlapping the one before it, and gives the whole text when nothing matches', () => {
    expect(markedPieces('coopération', [{ start: 0, end: 4 }, { start: 2, end: 6 }])).toEqual([
      { text: 'coop', marked: true },
      { text: 'ération', marked: false },
    ]);
    expect(markedPieces('texte', [])).toEqual([{ text: 'texte', marked: false }]);
    expect(markedPieces('', [])).toEqual([{ text: '', marked: false }]);
  });
});
