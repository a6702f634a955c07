import type { DeskHost, DeskSettings } from '../../../shared/host/DeskHost';
import type { PrecedentPage, PrecedentQuery } from '../../../shared/query/model';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from '../contentLanguage';
import { sortOf } from '../table/usePrecedentTable';
import { parseTableLayout, TABLE_LAYOUT_KEY } from '../table/useTableLayout';
import { firstPageRequest } from './pageRequests';

let preloaded: { key: string; page: Promise<PrecedentPage> } | null = null;

/** The query the table opens with: no filter, the remembered content language and sort. */
export function openingQuery(settings: DeskSettings): PrecedentQuery {
  return { filters: NO_FILTERS, lang: parseContentLanguage(settings[CONTENT_LANGUAGE_KEY]), sort: sortOf(parseTableLayout(settings[TABLE_LAYOUT_KEY]).sorting) };
}

/**
 * Asks for the table's first page as soon as the settings are in, before the window renders: the
 * host answers while the interface is set up, and the table takes the answer when it asks.
 */
export function preloadFirstPage(host: Pick<DeskHost, 'queryPrecedents'>, settings: DeskSettings): void {
  const query = openingQuery(settings);
  const page = host.queryPrecedents(firstPageRequest(query));
  // A failure is the table's to report, when it asks again.
  page.catch(() => undefined);
  preloaded = { key: JSON.stringify(query), page };
}

/** The preloaded first page when it answers this query (once), else null. */
export function takePreloadedFirstPage(query: PrecedentQuery): Promise<PrecedentPage> | null {
  if (!preloaded || preloaded.key !== JSON.stringify(query)) return null;
  const { page } = preloaded;
  preloaded = null;
  return page;
}
