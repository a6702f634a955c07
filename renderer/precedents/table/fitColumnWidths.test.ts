import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from './fitColumnWidths';

const columns = [
  { id: 'ref', size: 80, minSize: 48 },
  { id: 'text', size: 360, minSize: 140 },
  { id: 'year', size: 60, minSize: 44 },
];
const sum = (widths: Record<string, number>) => Object.values(widths).reduce((a, b) => a + b, 0);

describe('fitColumnWidths', () => {
  it('gives the room left to the text', () => {
    expect(fitColumnWidths(columns, 700, 'text')).toEqual({ ref: 80, text: 560, year: 60 });
  });

  it('narrows every column towards its minimum so that all of them fit', () => {
    const widths = fitColumnWidths(columns, 400, 'text');
    expect(sum(widths)).toBeLessThanOrEqual(400);
    expect(sum(widths)).toBeGreaterThan(396);
    expect(widths.text).toBeGreaterThan(widths.ref!);
    for (const column of columns) expect(widths[column.id]).toBeGreaterThanOrEqual(column.minSize);
  });

  it('stops at the minimums when even they do not fit (the table then scrolls sideways)', () => {
    expect(fitColumnWidths(columns, 100, 'text')).toEqual({ ref: 48, text: 140, year: 44 });
  });
});
