import { createContext, use, useContext } from 'react';
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
  return cache.index;
}
