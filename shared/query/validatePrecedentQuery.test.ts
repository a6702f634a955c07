import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './precedentFilters';
import { MAX_PAGE_ROWS, validatePageRequest } from './validatePrecedentQuery';

const query = { filters: NO_FILTERS, lang: 'fr', sort: null };

describe('validatePageRequest', () => {
  it('keeps a well-formed request as it is', () => {
    const request = { query: { ...query, sort: { column: 'year', desc: true } }, offset: 100, limit: 50, withCounts: true };
    expect(validatePageRequest(request)).toEqual(request);
  });

  it('says what is wrong with a request that arrived malformed', () => {
    expect(() => validatePageRequest(null)).toThrow('The request must be an object.');
    expect(() => validatePageRequest({ query, offset: -1, limit: 10 })).toThrow('"offset" must be a whole number, 0 or more.');
    expect(() => validatePageRequest({ query, offset: 0, limit: MAX_PAGE_ROWS + 1 })).toThrow(`"limit" must be a whole number from 0 to ${MAX_PAGE_ROWS}.`);
    expect(() => validatePageRequest({ query: { ...query, lang: 'de' }, offset: 0, limit: 10 })).toThrow('"query.lang" must be "fr" or "en".');
    expect(() => validatePageRequest({ query: { ...query, filters: { ...NO_FILTERS, themeIds: [1] } }, offset: 0, limit: 10 })).toThrow('"query.filters.themeIds" must be a list of strings.');
    expect(() => validatePageRequest({ query: { ...query, sort: { column: 'text', desc: false } }, offset: 0, limit: 10 })).toThrow(/"query.sort" must be null or/);
  });
});
