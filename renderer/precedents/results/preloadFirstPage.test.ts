import { describe, expect, it } from 'vitest';
import type { PrecedentPageRequest } from '../../../shared/query/model';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { PAGE_SIZE } from './pageRequests';
import { openingQuery, preloadFirstPage, takeAnsweredFirstPage, takePreloadedFirstPage } from './preloadFirstPage';

function recordingHost() {
  const asked: PrecedentPageRequest[] = [];
  return {
    asked,
    queryPrecedents: async (request: PrecedentPageRequest) => {
      asked.push(request);
      return { offset: request.offset, total: 0, rows: [], counts: null };
    },
  };
}

describe('the first page asked for before the window renders', () => {
  it('opens on the remembered content language and sort, without filters', () => {
    expect(openingQuery({})).toEqual({ filters: NO_FILTERS, lang: 'fr', sort: null });
    const settings = { contentLanguage: 'en', 'precedents.table': { sorting: [{ id: 'year', desc: true }], columnSizing: {}, columnVisibility: {} } };
    expect(openingQuery(settings)).toEqual({ filters: NO_FILTERS, lang: 'en', sort: { column: 'year', desc: true } });
  });

  it('is asked once, with counts, and given once to the table asking the same query', async () => {
    const host = recordingHost();
    preloadFirstPage(host, {});
    expect(host.asked).toEqual([{ query: openingQuery({}), offset: 0, limit: PAGE_SIZE, withCounts: true }]);
    expect(takePreloadedFirstPage({ ...openingQuery({}), lang: 'en' })).toBeNull();
    const page = takePreloadedFirstPage(openingQuery({}));
    expect(await page).toMatchObject({ offset: 0, total: 0 });
    expect(takePreloadedFirstPage(openingQuery({}))).toBeNull();
  });

  it('is given at once, with no promise, to a table rendering after the answer came', async () => {
    const host = recordingHost();
    const answered = preloadFirstPage(host, {});
    expect(takeAnsweredFirstPage(openingQuery({}))).toBeNull();
    await answered;
    expect(takeAnsweredFirstPage({ ...openingQuery({}), lang: 'en' })).toBeNull();
    expect(takeAnsweredFirstPage(openingQuery({}))).toMatchObject({ offset: 0, total: 0 });
    expect(takeAnsweredFirstPage(openingQuery({}))).toBeNull();
    expect(takePreloadedFirstPage(openingQuery({}))).toBeNull();
  });

  it('settles without an answer when the host fails, leaving the table to ask again', async () => {
    const failing = { queryPrecedents: () => Promise.reject(new Error('host stopped')) };
    await expect(preloadFirstPage(failing, {})).resolves.toBeUndefined();
    expect(takeAnsweredFirstPage(openingQuery({}))).toBeNull();
    await expect(takePreloadedFirstPage(openingQuery({}))).rejects.toThrow('host stopped');
  });
});
