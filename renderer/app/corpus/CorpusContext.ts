import { createContext, useContext } from 'react';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';

export const CorpusContext = createContext<CorpusIndex | null>(null);

/** The loaded, indexed corpus; only usable below <CorpusLoader>. */
export function useCorpus(): CorpusIndex {
  const index = useContext(CorpusContext);
  if (!index) throw new Error('useCorpus needs <CorpusLoader> above it.');
  return index;
}
