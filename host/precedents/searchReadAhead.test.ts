import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../shared/corpus/model';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import { createMemoryPrecedentSource } from '../../shared/query/testing/createMemoryPrecedentSource';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { searchReadAhead } from './searchReadAhead';

async function recordingEngine(prepare: (lang: Lang) => Promise<void> = async () => undefined) {
  const prepared: Lang[] = [];
  const source = createMemoryPrecedentSource(indexCorpus(await loadBundledCorpus()));
  const engine = new PrecedentQueryEngine({ ...source, prepareSearch: (lang) => (prepared.push(lang), prepare(lang)) });
  return { engine, prepared };
}

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
