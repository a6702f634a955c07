import { describe, expect, it } from 'vitest';
import { formatDateRange } from './formatDateRange';

describe('formatDateRange', () => {
  it('prints a meeting of two days as the 2022 report header does', () => {
    const dates = { start: '2022-06-27', end: '2022-06-28' };
    expect(formatDateRange(dates, 'en')).toBe('27–28 June 2022');
    expect(formatDateRange(dates, 'fr')).toBe('27 et 28 juin 2022');
  });

  it('prints longer meetings as the compendium section titles do', () => {
    expect(formatDateRange({ start: '2013-11-11', end: '2013-11-13' }, 'fr')).toBe('du 11 au 13 novembre 2013');
    expect(formatDateRange({ start: '2012-05-30', end: '2012-06-01' }, 'fr')).toBe('du 30 mai au 1er juin 2012');
    expect(formatDateRange({ start: '2012-05-30', end: '2012-06-01' }, 'en')).toBe('30 May–1 June 2012');
    expect(formatDateRange({ start: '2012-12-30', end: '2013-01-02' }, 'en')).toBe('30 December 2012–2 January 2013');
  });

  it('prints a single day once', () => {
    expect(formatDateRange({ start: '2022-08-01', end: '2022-08-01' }, 'fr')).toBe('1er août 2022');
  });

  it('refuses a date that is not ISO rather than printing nonsense', () => {
    expect(() => formatDateRange({ start: '27/06/2022', end: '2022-06-28' }, 'en')).toThrow(/ISO/);
  });
});
