import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/corpus/model';
import { numberFormatter } from './numberFormatter';

describe('numberFormatter', () => {
  it.each(LANGS)('writes every number as the %s formatter does', (locale) => {
    const intl = new Intl.NumberFormat(locale);
    const format = numberFormatter(locale);
    for (let value = 0; value < 1000; value++) expect(format(value)).toBe(intl.format(value));
    for (const value of [1000, 20_333, 100_288, 1_234_567, -5, 2.5]) expect(format(value)).toBe(intl.format(value));
  });

  it('makes the formatter only for a number that needs it, once', () => {
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
      expect(made).toBe(0);
      format(1000);
      format(2.5);
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('groups thousands as each language does', () => {
    expect(numberFormatter('fr')(100_288)).toBe('100\u202f288');
    expect(numberFormatter('en')(100_288)).toBe('100,288');
  });
});
