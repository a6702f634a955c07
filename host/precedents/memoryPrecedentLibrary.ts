import { indexCorpus } from '../../shared/corpus/corpusIndex';
import type { Corpus } from '../../shared/corpus/model';
import { createMemoryPrecedentSource } from '../../shared/query/createMemoryPrecedentSource';
import { facetOptions } from '../../shared/query/facetOptions';
import { catalogDocument, type PrecedentCatalog } from '../../shared/query/PrecedentCatalog';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import type { PrecedentLibrary } from './PrecedentLibrary';

/** A library held in memory, built from the merged corpus at first use and again after each change. */
export function memoryPrecedentLibrary(loadCorpus: () => Promise<Corpus>): PrecedentLibrary {
  let loaded: Promise<{ catalog: PrecedentCatalog; engine: PrecedentQueryEngine }> | null = null;
  const load = () => {
    if (!loaded) {
      loaded = loadCorpus().then((corpus) => {
        const index = indexCorpus(corpus);
        return { catalog: catalogOf(corpus, index), engine: new PrecedentQueryEngine(createMemoryPrecedentSource(index)) };
      });
      // A failed load is not kept, so the next question tries again.
      loaded.catch(() => (loaded = null));
    }
    return loaded;
  };
  return {
    catalog: async () => (await load()).catalog,
    engine: async () => (await load()).engine,
    libraryChanged: async () => {
      loaded = null;
    },
  };
}

export function catalogOf(corpus: Corpus, index: ReturnType<typeof indexCorpus>): PrecedentCatalog {
  return { documents: corpus.documents.map(catalogDocument), themes: corpus.themes, coverage: corpus.coverage, facetOptions: facetOptions(index), paragraphCount: corpus.paragraphs.length };
}
