import type { PrecedentPageRequest, PrecedentQuery } from '../../../shared/query/model';

/**
 * Rows per request: more than a tall window shows of compact rows (with the virtualiser's overscan),
 * so a search needs one request; each row carries its text in both languages, and a key typed waits
 * for the host to write, send and the window to read its whole first page.
 */
export const PAGE_SIZE = 50;

/** A result's first page; the facets and themes are counted apart (useResultCounts). */
export function firstPageRequest(query: PrecedentQuery): PrecedentPageRequest {
  return { query, offset: 0, limit: PAGE_SIZE };
}
