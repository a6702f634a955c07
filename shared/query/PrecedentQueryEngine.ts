import type { CorpusDocument, Lang } from '../corpus/model';
import { isBlankQuery } from '../search/parseQuery';
import type { PrecedentPage, PrecedentPageRequest, PrecedentQuery } from './model';
import { paragraphFamily, type ParagraphsWithFamily } from './paragraphFamily';
import { rowInLanguage } from './precedentRowView';
import type { PrecedentSource } from './PrecedentSource';
import { queryPrecedentFacts, type FactsQueryResult } from './queryPrecedentFacts';

/**
 * Answers the window's questions about the library: pages of rows, every id of a result, the
 * paragraphs it opens. The last result is kept, so scrolling through it costs only its pages.
 */
export class PrecedentQueryEngine {
  private last: { key: string; result: FactsQueryResult } | null = null;
  private rows: Map<string, number> | null = null;

  constructor(private readonly source: PrecedentSource) {}

  page({ query, offset, limit, withCounts = false }: PrecedentPageRequest): PrecedentPage {
    const result = this.result(query, withCounts);
    const start = Math.max(0, Math.min(offset, result.rows.length));
    const rows = [...result.rows.subarray(start, start + Math.max(0, limit))];
    return { total: result.rows.length, offset: start, rows: this.source.rowViews(rows).map((row) => rowInLanguage(row, query.lang)), counts: withCounts ? result.counts : null };
  }

  /** A page answered as `page` does, leaving the last result kept as it was (a search rehearsed ahead of the window's). */
  pageWithoutKeeping(request: PrecedentPageRequest): PrecedentPage {
    const kept = this.last;
    try {
      return this.page(request);
    } finally {
      this.last = kept;
    }
  }

  /** Makes the source ready for a first search in `lang` (see PrecedentSource.prepareSearch). */
  prepareSearch(lang: Lang): Promise<void> {
    return this.source.prepareSearch?.(lang) ?? Promise.resolve();
  }

  /** Every id of the result, in the order shown (select all, revealing a row). */
  ids(query: PrecedentQuery): string[] {
    return [...this.result(query, false).rows].map((row) => this.source.facts.ids[row]!);
  }

  /** The paragraphs with what citing and showing them needs (paragraphFamily), for the window's cache. */
  withFamily(ids: readonly string[], documents: ReadonlyMap<string, Pick<CorpusDocument, 'qualifyingChapeauId'>>): ParagraphsWithFamily {
    this.rows ??= new Map(this.source.facts.ids.map((id, row) => [id, row]));
    return paragraphFamily(this.source, this.rows, documents, ids);
  }

  private result(query: PrecedentQuery, withCounts: boolean): FactsQueryResult {
    const key = JSON.stringify([query.filters, query.lang, query.sort]);
    if (this.last?.key === key && (this.last.result.counts !== null || !withCounts)) return this.last.result;
    // As typed: a space after a phrase being typed says its next word is coming (WordRowsSearch.readAhead).
    const search = query.filters.query;
    const hits = isBlankQuery(search) ? null : this.source.searchRows(search, query.lang);
    const result = queryPrecedentFacts(this.source.facts, query.filters, hits, query.sort, withCounts);
    this.last = { key, result };
    return result;
  }
}
