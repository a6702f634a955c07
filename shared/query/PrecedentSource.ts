import type { Lang, Paragraph } from '../corpus/model';
import type { PrecedentRowView } from './model';
import type { PrecedentFacts } from './PrecedentFacts';

/**
 * Where the query engine reads a library: the host's database (host/db), or memory (the tests'
 * reference, testing/createMemoryPrecedentSource). Synchronous, so one query is one uninterrupted step.
 */
export interface PrecedentSource {
  readonly facts: PrecedentFacts;
  /** Marks (1) the rows whose text in `lang` (else in the other language) matches the query. */
  searchRows(query: string, lang: Lang): Uint8Array;
  /**
   * Reads ahead, in later turns of the event loop, what a first search in `lang` needs, where that
   * is slow (the database's word lists); done once everything is read, or the library closed meanwhile.
   */
  prepareSearch?(lang: Lang): Promise<void>;
  rowViews(rows: readonly number[]): PrecedentRowView[];
  /** The paragraphs found, in the order asked; unknown ids are left out. */
  paragraphs(ids: readonly string[]): Paragraph[];
}
