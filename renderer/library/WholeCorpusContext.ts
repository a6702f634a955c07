import { createContext, use, useContext } from 'react';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';

/**
 * The whole corpus, for the import preview alone (lining a file up with the documents held,
 * suggesting themes from every indexed paragraph): asked for when a preview first shows, let go
 * when the Library dialog closes. Everywhere else the window holds only the paragraphs it asked for.
 */
export const WholeCorpusContext = createContext<(() => Promise<CorpusIndex>) | null>(null);

/** Suspends until the whole corpus is here: keep a <Suspense> above. */
export function useWholeCorpus(): CorpusIndex {
  const load = useContext(WholeCorpusContext);
  if (!load) throw new Error('useWholeCorpus needs <LibraryDialog> above it.');
  return use(load());
}
