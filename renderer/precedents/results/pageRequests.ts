import type { PrecedentPageRequest, PrecedentQuery } from '../../../shared/query/model';

/** Rows per request: a few screens of the table. */
export const PAGE_SIZE = 100;

/** A result's first page, with the counts of the facets and themes. */
export function firstPageRequest(query: PrecedentQuery): PrecedentPageRequest {
  return { query, offset: 0, limit: PAGE_SIZE, withCounts: true };
}
