import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/corpus/model';
import { numberFormatter } from './numberFormatter';

describe('numberFormatter', () => {
  it.each(LANGS)('writes every number as the %s formatter does', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const format = numberFormatter(locale);
    for (let value = 0; value < 1000; value++) expect(format(value)).toBe(intl.format(value));
    for (const value of [1000, 20_333, 100_288, 1_234_567, Number.MAX_SAFE_INTEGER, -5, -1234, 2.5, 1234.5]) expect(format(value)).toBe(intl.format(value));
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.double({ noNaN: true })), (value) => format(value) === intl.format(value)),
      { numRuns: 2000 },
    );
  });

  it('makes the locale\'s formatter only for a number it does not write itself, once', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Original;
    try {
      const format = numberFormatter('fr');
      for (let value = 0; value < 1000; value++) format(value);
      format(100_288);
      expect(made).toBe(0);
      format(2.5);
      format(-5);
      expect(made).toBe(1);
      // A locale whose grouping is not written here is left to its formatter.
      numberFormatter('de')(100_288);
      expect(made).toBe(2);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('groups thousands as each language does', () => {
    expect(numberFormatter('fr')(100_288)).toBe('100\u202f288');
    expect(numberFormatter('en')(100_288)).toBe('100,288');
  });
});
