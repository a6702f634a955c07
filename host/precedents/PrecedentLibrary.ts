import type { PrecedentChecker } from '../../shared/check/createPrecedentChecker';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Corpus } from '../../shared/corpus/model';
import type { PrecedentCatalog } from '../../shared/query/PrecedentCatalog';
import type { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';

/**
 * What the host answers the window's library questions from: the catalog the window keeps and
 * the engine its pages, counts and paragraphs come from. Told when the user's library changed.
 */
export interface PrecedentLibrary {
  catalog(): Promise<PrecedentCatalog>;
  engine(): Promise<PrecedentQueryEngine>;
  /** The whole merged corpus (what `index` is made from; the tests). */
  corpus(): Promise<Corpus>;
  /** The whole merged corpus indexed (the Word check's citations, the import previews), made once per state of the library. */
  index(): Promise<CorpusIndex>;
  /** The precedent check over the library as it is now (made on first use, again after a change). */
  checker(): Promise<PrecedentChecker>;
  libraryChanged(): Promise<void>;
  /** Lets go of the database once a start or an update still running is over (the command line, before it exits). */
  close(): Promise<void>;
}
