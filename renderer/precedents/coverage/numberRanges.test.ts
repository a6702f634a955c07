import { describe, expect, it } from 'vitest';
import { numberRanges } from './numberRanges';

describe('numberRanges', () => {
  it('runs of consecutive numbers read as ranges', () => {
    expect(numberRanges([1, 2, 3, 4, 5, 6, 9])).toBe('1–6, 9');
    expect(numberRanges([9, 1, 2, 2, 10])).toBe('1–2, 9–10');
  });

  it('a single number and no number at all', () => {
    expect(numberRanges([7])).toBe('7');
    expect(numberRanges([])).toBe('');
  });

  it('formats each number the locale way', () => {
    expect(numberRanges([1000, 1001], (n) => new Intl.NumberFormat('fr').format(n))).toBe('1\u202f000–1\u202f001');
  });
});
