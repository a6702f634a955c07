import { createContext, use, useContext, useEffect, useSyncExternalStore } from 'react';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { ParagraphCache } from './ParagraphCache';

/** The paragraphs the window asked the host for (one cache per state of the library). */
export const ParagraphsContext = createContext<ParagraphCache | null>(null);

export function useParagraphCache(): ParagraphCache {
  const cache = useContext(ParagraphsContext);
  if (!cache) throw new Error('useParagraphCache needs <CorpusLoader> above it.');
  return cache;
}

/**
 * An index holding these paragraphs and their families (and whatever was asked for before): the
 * component suspends until the host has answered, so keep a <Suspense> above. Only what was asked
 * for is in it; the whole library never is.
 */
export function useParagraphs(ids: readonly string[]): CorpusIndex {
  const cache = useParagraphCache();
  if (!cache.has(ids)) use(cache.loaded(ids));
  return useHeldParagraphs();
}

/** The paragraphs held so far, rendered again when more come. */
export function useHeldParagraphs(): CorpusIndex {
  const cache = useParagraphCache();
  return useSyncExternalStore(cache.subscribe, () => cache.index);
}

/**
 * Asks for these paragraphs without suspending (ids that appear in a draft being edited: pasted,
 * a co-drafter's): what shows them renders again when they come. A failure leaves them unknown.
 */
export function useParagraphsInBackground(ids: readonly string[]): void {
  const cache = useParagraphCache();
  useEffect(() => {
    if (!cache.has(ids)) cache.load(ids).catch(() => undefined);
  }, [cache, ids]);
}
