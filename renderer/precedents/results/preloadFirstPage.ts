import type { DeskHost, DeskSettings } from '../../../shared/host/DeskHost';
import type { PrecedentPage, PrecedentQuery } from '../../../shared/query/model';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from '../contentLanguage';
import { parseTableLayout, sortOf, TABLE_LAYOUT_KEY } from '../table/tableLayout';
import { firstPageRequest } from './pageRequests';

let preloaded: { key: string; page: Promise<PrecedentPage>; answer?: PrecedentPage } | null = null;

/** The query the table opens with: no filter, the remembered content language and sort. */
export function openingQuery(settings: DeskSettings): PrecedentQuery {
  return { filters: NO_FILTERS, lang: parseContentLanguage(settings[CONTENT_LANGUAGE_KEY]), sort: sortOf(parseTableLayout(settings[TABLE_LAYOUT_KEY]).sorting) };
}

/**
 * Asks for the table's first page as soon as the settings are in, before the window renders: the
 * host answers while the interface is set up, and the table takes the answer when it asks.
 * Settles when the host has answered, or failed to.
 */
export function preloadFirstPage(host: Pick<DeskHost, 'queryPrecedents'>, settings: DeskSettings): Promise<void> {
  const query = openingQuery(settings);
  const page = host.queryPrecedents(firstPageRequest(query));
  const entry: NonNullable<typeof preloaded> = { key: JSON.stringify(query), page };
  preloaded = entry;
  // A failure is the table's to report, when it asks again.
  return page.then(
    (answer) => void (entry.answer = answer),
    () => undefined,
  );
}

/** The preloaded first page when it answers this query (once), else null. */
export function takePreloadedFirstPage(query: PrecedentQuery): Promise<PrecedentPage> | null {
  if (!preloaded || preloaded.key !== JSON.stringify(query)) return null;
  const { page } = preloaded;
  preloaded = null;
  return page;
}

/** The preloaded first page if it answers this query and has come already (once), else null. */
export function takeAnsweredFirstPage(query: PrecedentQuery): PrecedentPage | null {
  const answer = preloaded?.answer;
  if (!answer || preloaded?.key !== JSON.stringify(query)) return null;
  preloaded = null;
  return answer;
}
