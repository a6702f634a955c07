import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../shared/corpus/model';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import type { PrecedentPageRequest } from '../../shared/query/model';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import { createMemoryPrecedentSource } from '../../shared/query/testing/createMemoryPrecedentSource';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { NO_FILTERS } from '../../shared/query/precedentFilters';
import { rehearsalQueries } from '../../shared/search/rehearsalQueries';
import { searchReadAhead } from './searchReadAhead';

async function recordingEngine(prepare: (lang: Lang) => Promise<void> = async () => undefined) {
  const prepared: Lang[] = [];
  const searched: string[] = [];
  const source = createMemoryPrecedentSource(indexCorpus(await loadBundledCorpus()));
  const engine = new PrecedentQueryEngine({
    ...source,
    prepareSearch: (lang) => (prepared.push(lang), prepare(lang)),
    searchRows: (query, lang) => (searched.push(`${lang}:${query}`), source.searchRows(query, lang)),
  });
  return { engine, prepared, searched };
}

const opening = (lang: Lang): PrecedentPageRequest => ({ query: { filters: NO_FILTERS, lang, sort: null }, offset: 0, limit: 50 });

describe('the first search of a language read ahead', () => {
  afterEach(() => vi.useRealTimers());

  it('is prepared once per language and engine, after the window has had its opening page', async () => {
    const { engine, prepared } = await recordingEngine();
    vi.useFakeTimers();
    searchReadAhead(engine, 'fr');
    searchReadAhead(engine, 'fr');
    expect(prepared).toEqual([]);
    await vi.runAllTimersAsync();
    searchReadAhead(engine, 'fr');
    searchReadAhead(engine, 'en');
    await vi.runAllTimersAsync();
    expect(prepared).toEqual(['fr', 'en']);
  });

  it('then rehearses the searches of a first paragraph\'s words, leaving the window\'s result kept', async () => {
    const { engine, searched } = await recordingEngine();
    const windowsSearch = { ...opening('en'), query: { ...opening('en').query, filters: { ...NO_FILTERS, query: 'smuggling' } } };
    const firstPage = engine.page(windowsSearch);
    vi.useFakeTimers();
    searchReadAhead(engine, 'fr');
    await vi.runAllTimersAsync();
    const text = engine.pageWithoutKeeping({ ...opening('fr'), limit: 10 }).rows.find((row) => row.text.fr)!.text.fr!;
    const rehearsed = rehearsalQueries(text);
    expect(rehearsed).toHaveLength(5);
    expect(searched).toEqual(['en:smuggling', ...rehearsed.map((query) => `fr:${query}`)]);
    // The window's next page is read from the result it was given, not searched again.
    expect(engine.page({ ...windowsSearch, offset: 50 }).total).toBe(firstPage.total);
    expect(searched).toHaveLength(1 + rehearsed.length);
  });

  const closed = () => new TypeError('The database connection is not open');
  it.each([
    [
      'at once',
      (): Promise<void> => {
        throw closed();
      },
    ],
    ['while it reads ahead', (): Promise<void> => Promise.reject(closed())],
  ])('leaves a library closed meanwhile (%s) alone, without an error', async (_when, prepare) => {
    const { engine, prepared } = await recordingEngine(prepare);
    vi.useFakeTimers();
    searchReadAhead(engine, 'fr');
    await expect(vi.runAllTimersAsync()).resolves.not.toThrow();
    expect(prepared).toEqual(['fr']);
  });
});
