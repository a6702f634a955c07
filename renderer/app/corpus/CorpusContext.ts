import { createContext, use, useContext, useEffect, useState } from 'react';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';

/**
 * The whole corpus, for the features that still read paragraphs from the window (the draft, the
 * check, the detail, export, import); it loads after the first page of precedents, which does not
 * wait for it. A component reading it suspends until it is there: keep a <Suspense> above.
 */
export const CorpusContext = createContext<Promise<CorpusIndex> | null>(null);

export function useCorpus(): CorpusIndex {
  const pending = useContext(CorpusContext);
  if (!pending) throw new Error('useCorpus needs <CorpusLoader> above it.');
  return use(pending);
}

/** The whole corpus once loaded, null before: for code that must not wait (the check's controls). */
export function useLoadedCorpus(): CorpusIndex | null {
  const pending = useContext(CorpusContext);
  const [loaded, setLoaded] = useState<{ from: Promise<CorpusIndex>; index: CorpusIndex } | null>(null);
  useEffect(() => {
    let current = true;
    void pending?.then((index) => current && setLoaded({ from: pending, index }));
    return () => {
      current = false;
    };
  }, [pending]);
  return loaded && loaded.from === pending ? loaded.index : null;
}
