import type { PrecedentPageRequest, PrecedentQuery } from '../../../shared/query/model';

/**
 * Rows per request as the table scrolls: more than a tall window shows of compact rows (with the
 * virtualiser's overscan). A query's first page brings only the rows in view (firstPageRequest).
 */
export const PAGE_SIZE = 50;

/**
 * A result's first page: the rows the table shows at once (PAGE_SIZE before it is measured). A key
 * typed waits for the host to read, write and send, and the window to read, its whole first page:
 * 50 rows where the window showed 31 cost each key about 2.5 ms of the machine's time, over all
 * its processes. The facets and themes are counted apart (useResultCounts).
 */
export function firstPageRequest(query: PrecedentQuery, rowsInView = PAGE_SIZE): PrecedentPageRequest {
  return { query, offset: 0, limit: Math.max(1, Math.min(PAGE_SIZE, rowsInView)) };
}
