import { describe, expect, it } from 'vitest';
import type { PrecedentPageRequest } from '../../../shared/query/model';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { PAGE_SIZE } from './pageRequests';
import { openingQuery, preloadFirstPage, rememberedOpeningSettings, rememberOpeningSettings, takeAnsweredFirstPage, takePreloadedFirstPage } from './preloadFirstPage';

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

  it('is asked once, without counts, and given once to the table asking the same query', async () => {
    const host = recordingHost();
    preloadFirstPage(host, {});
    expect(host.asked).toEqual([{ query: openingQuery({}), offset: 0, limit: PAGE_SIZE }]);
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

describe('the settings the table opened with, kept for the next start', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return { localStorage: { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) }, items };
  }

  it('give the next start the same opening query, and only what that query depends on', () => {
    const place = memoryStorage();
    const settings: Record<string, unknown> = {
      contentLanguage: 'en',
      'precedents.table': { sorting: [{ id: 'year', desc: true }], columnSizing: { text: 500 }, columnVisibility: {} },
      interfaceLanguage: 'fr',
    };
    rememberOpeningSettings(place, (key) => settings[key]);
    const remembered = rememberedOpeningSettings(place);
    expect(openingQuery(remembered)).toEqual(openingQuery(settings));
    expect(openingQuery(remembered)).toEqual({ filters: NO_FILTERS, lang: 'en', sort: { column: 'year', desc: true } });
    expect(remembered).not.toHaveProperty('interfaceLanguage');
  });

  it('are none at a first start, or when what is kept cannot be read: the default opening query', () => {
    expect(rememberedOpeningSettings(memoryStorage())).toEqual({});
    for (const kept of ['{not json', '[1,2]', 'null', '"en"']) {
      const place = memoryStorage();
      place.items.set('precedent-desk.openingSettings', kept);
      expect(openingQuery(rememberedOpeningSettings(place))).toEqual(openingQuery({}));
    }
    const turnedOff = {
      get localStorage(): Storage {
        throw new DOMException('The storage is turned off.', 'SecurityError');
      },
    };
    expect(rememberedOpeningSettings(turnedOff)).toEqual({});
    expect(() => rememberOpeningSettings(turnedOff, () => 'en')).not.toThrow();
    const full = { localStorage: { getItem: () => null, setItem: () => { throw new DOMException('Full.', 'QuotaExceededError'); } } };
    expect(() => rememberOpeningSettings(full, () => 'en')).not.toThrow();
  });

  it('ask a first page that the table takes only if the host\'s settings agree', async () => {
    const host = recordingHost();
    preloadFirstPage(host, { contentLanguage: 'en' });
    expect(host.asked[0]?.query.lang).toBe('en');
    // The host's settings say French: the table asks for its own page.
    expect(takePreloadedFirstPage(openingQuery({}))).toBeNull();
    expect(await takePreloadedFirstPage(openingQuery({ contentLanguage: 'en' }))).toMatchObject({ offset: 0 });
  });
});
