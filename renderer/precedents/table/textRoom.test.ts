import { describe, expect, it } from 'vitest';
import { textRoom } from './textRoom';

describe('textRoom', () => {
  it('keeps more characters than the narrowest of them fill the lines with', () => {
    // 'i' in Liberation Sans and Arial: 0.222 em.
    const narrowest = 0.222;
    for (const box of [
      { widthPx: 247, fontPx: 13, lines: 1 },
      { widthPx: 247, fontPx: 14, lines: 3 },
      { widthPx: 1200, fontPx: 22, lines: 1 },
      { widthPx: 60, fontPx: 9, lines: 3 },
    ]) {
      const { maxChars } = textRoom(box);
      expect(maxChars * narrowest * box.fontPx, JSON.stringify(box)).toBeGreaterThan(box.lines * box.widthPx);
      // ...and far fewer than a paragraph of 500 characters, on one line of a narrow column.
      if (box.lines === 1 && box.widthPx < 300) expect(maxChars).toBeLessThan(150);
    }
  });

  it('leads a match with a third of what a line shows, within bounds, and cuts nothing before the column is measured', () => {
    expect(textRoom({ widthPx: 247, fontPx: 13, lines: 1 }).leadChars).toBe(13);
    expect(textRoom({ widthPx: 60, fontPx: 13, lines: 1 }).leadChars).toBe(8);
    expect(textRoom({ widthPx: 900, fontPx: 14, lines: 3 }).leadChars).toBe(60);
    expect(textRoom({ widthPx: Infinity, fontPx: 13, lines: 1 })).toEqual({ maxChars: Infinity, leadChars: 60 });
  });
});
