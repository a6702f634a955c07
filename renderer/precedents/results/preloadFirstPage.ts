import type { DeskHost, DeskSettings } from '../../../shared/host/DeskHost';
import type { PrecedentPage, PrecedentQuery } from '../../../shared/query/model';
import { NO_FILTERS } from '../../../shared/query/precedentFilters';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from '../contentLanguage';
import { parseTableLayout, sortOf, TABLE_LAYOUT_KEY } from '../table/tableLayout';
import { firstPageRequest } from './pageRequests';

/** Where the window keeps the settings its table opened with, for the next start (per origin). */
const OPENING_SETTINGS_KEY = 'precedent-desk.openingSettings';

/** The window's own storage; reading or writing it may throw (storage turned off). */
type StoragePlace = { readonly localStorage: Pick<Storage, 'getItem' | 'setItem'> };

let preloaded: { key: string; page: Promise<PrecedentPage>; answer?: PrecedentPage } | null = null;

/** The query the table opens with: no filter, the remembered content language and sort. */
export function openingQuery(settings: DeskSettings): PrecedentQuery {
  return { filters: NO_FILTERS, lang: parseContentLanguage(settings[CONTENT_LANGUAGE_KEY]), sort: sortOf(parseTableLayout(settings[TABLE_LAYOUT_KEY]).sorting) };
}

/**
 * The settings the opening query depends on, as the window kept them when it last closed: a guess
 * that lets the first page be asked for before the host's settings are in. Empty when there are
 * none or they cannot be read: the guess is then the default opening query.
 */
export function rememberedOpeningSettings(place: StoragePlace): DeskSettings {
  try {
    const kept: unknown = JSON.parse(place.localStorage.getItem(OPENING_SETTINGS_KEY) ?? '{}');
    return typeof kept === 'object' && kept !== null && !Array.isArray(kept) ? (kept as DeskSettings) : {};
  } catch {
    return {};
  }
}

/** Keeps the settings the next start's opening query depends on; a hint, so a failure is ignored. */
export function rememberOpeningSettings(place: StoragePlace, setting: (key: string) => unknown): void {
  try {
    place.localStorage.setItem(OPENING_SETTINGS_KEY, JSON.stringify({ [CONTENT_LANGUAGE_KEY]: setting(CONTENT_LANGUAGE_KEY), [TABLE_LAYOUT_KEY]: setting(TABLE_LAYOUT_KEY) }));
  } catch {
    // Storage turned off or full: the next start asks with the default query, and again if wrong.
  }
}

/**
 * Asks for the table's first page at the start, from the remembered settings: the host answers
 * while the window's code runs, and the table takes the answer if it asks the same query (the
 * host's settings may say otherwise; it then asks again). Settles when the host has answered, or
 * failed to.
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
