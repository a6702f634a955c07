import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DeskHost } from '../../../shared/host/DeskHost';
import type { PrecedentPage, PrecedentQuery, PrecedentRowView } from '../../../shared/query/model';
import { noteFirstRowsShown } from '../firstRowsShown';
import { latestOnly, SUPERSEDED } from './latestOnly';
import { KnownIds, NO_ROWS, type RowOrder } from './RowOrder';
import { firstPageRequest, PAGE_SIZE } from './pageRequests';
import { takeAnsweredFirstPage, takePreloadedFirstPage } from './preloadFirstPage';

/** The rows of one result as far as they were fetched: the window holds pages, not the library. */
export interface PrecedentPages {
  /** Rows in the whole result; null until the first page of the first query came. */
  total: number | null;
  /** The query the shown rows answer (the box may hold more keys already); null until they came. */
  shownQuery: PrecedentQuery | null;
  /** The search the shown rows answer. */
  searched: string;
  /** The rows shown answer an earlier query than the current one (its first page is on its way). */
  stale: boolean;
  /** Ids by position, known for the fetched pages (all of them after allIds). */
  order: RowOrder;
  rowAt(position: number): PrecedentRowView | undefined;
  /**
   * Fetches the pages holding these positions, unless fetched or on their way. A new function with
   * each result shown: a new query of as many rows, in view at the same places, asks again.
   */
  ensureRows(from: number, to: number): void;
  /** Every id of the result, in order (fetched once per result). */
  allIds(): Promise<string[]>;
  /** The rows the table shows at once, with its overscan: what a query's first page brings (the rest of its page comes when scrolled to). */
  showRows(count: number): void;
  /**
   * Asks for the first page of the query about to be shown (a key typed in the search box), before
   * the window renders it: the host answers meanwhile, and the render that follows takes the answer.
   */
  askAhead(query: PrecedentQuery): void;
}

interface ResultState {
  key: string;
  query: PrecedentQuery;
  total: number;
  views: Map<number, PrecedentRowView>;
  ids: KnownIds;
  /** Pages asked for whole, by number: a first page of the rows in view is not one (see holdsRows). */
  asked: Set<number>;
  /** Every id of the result, once asked for (allIds). */
  everyId?: string[];
}

/**
 * The current result, page by page. A new query keeps the previous rows on screen until its first
 * page comes; answers to queries since replaced are dropped. `generation` changes when the library
 * changed, which asks again.
 */
export function usePrecedentPages(host: Pick<DeskHost, 'queryPrecedents' | 'precedentIds'>, query: PrecedentQuery, generation: unknown): PrecedentPages {
  const key = JSON.stringify(query);
  // The opening page, when it came before the window rendered, is in the first render.
  const [result, setResult] = useState<ResultState | null>(() => {
    const answered = takeAnsweredFirstPage(query);
    return answered && resultOf(key, query, answered);
  });
  const [fetched, setFetched] = useState(0);
  const current = useRef(result);
  const askOnMount = useRef(result === null);
  const wanted = useRef(key);
  wanted.current = key;
  const rowsInView = useRef(PAGE_SIZE);
  const showRows = useCallback((count: number) => {
    rowsInView.current = count;
  }, []);
  // First pages one at a time: keys typed while the host answers ask only for the latest query.
  const firstPage = useMemo(
    () =>
      latestOnly((asked: PrecedentQuery) => {
        const ask = () => host.queryPrecedents(firstPageRequest(asked, rowsInView.current));
        return takePreloadedFirstPage(asked)?.catch(ask) ?? ask();
      }),
    [host],
  );
  const askedAhead = useRef<{ key: string; page: ReturnType<typeof firstPage> } | null>(null);
  const askAhead = useCallback(
    (next: PrecedentQuery) => {
      const nextKey = JSON.stringify(next);
      if (askedAhead.current?.key !== nextKey) askedAhead.current = { key: nextKey, page: firstPage(next) };
    },
    [firstPage],
  );

  useEffect(() => {
    const ahead = askedAhead.current;
    askedAhead.current = null;
    if (!askOnMount.current) {
      askOnMount.current = true;
      return;
    }
    let stale = false;
    (ahead?.key === key ? ahead.page : firstPage(query)).then(
      (page) => {
        if (stale || page === SUPERSEDED) return;
        const next = resultOf(key, query, page);
        current.current = next;
        // Shown in the task the answer came in. Left to React's scheduler, the render is a task of
        // its own, and a frame falling between the two is painted without the rows: they wait for
        // the next one, up to 16 ms later.
        flushSync(() => setResult(next));
      },
      (error: unknown) => {
        console.error('The precedents could not be queried', error);
        // The rest of the window does not wait for a table that cannot come.
        noteFirstRowsShown();
      },
    );
    return () => {
      stale = true;
    };
    // The key stands for the query's content.
  }, [firstPage, key, generation]);

  const ensureRows = useCallback(
    (from: number, to: number) => {
      const shown = current.current;
      if (!shown || shown.key !== wanted.current) return;
      for (let page = Math.floor(Math.max(0, from) / PAGE_SIZE); page * PAGE_SIZE <= Math.min(to, shown.total - 1); page++) {
        if (shown.asked.has(page) || holdsRows(shown, Math.max(from, page * PAGE_SIZE), Math.min(to, (page + 1) * PAGE_SIZE - 1, shown.total - 1))) continue;
        shown.asked.add(page);
        host.queryPrecedents({ query: shown.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (answer) => {
            store(shown, answer);
            if (current.current === shown) setFetched((count) => count + 1);
          },
          (error: unknown) => {
            shown.asked.delete(page);
            console.error('A page of precedents could not be fetched', error);
          },
        );
      }
    },
    // The result too: what depends on this function runs again for another result.
    [host, result],
  );

  const allIds = useCallback(async () => {
    const shown = current.current;
    if (!shown) return [];
    if (!shown.everyId) {
      const ids = await host.precedentIds({ query: shown.query });
      shown.everyId = ids;
      ids.forEach((id, position) => shown.ids.add(position, id));
      if (current.current === shown) setFetched((count) => count + 1);
    }
    return shown.everyId;
  }, [host]);

  // A new view when pages came, so what depends on the ids sees them change.
  const order = useMemo(() => result?.ids.view() ?? NO_ROWS, [result, fetched]);
  return {
    total: result?.total ?? null,
    shownQuery: result?.query ?? null,
    searched: result?.query.filters.query ?? '',
    stale: result?.key !== key,
    order,
    rowAt: (position) => result?.views.get(position),
    ensureRows,
    allIds,
    showRows,
    askAhead,
  };
}

function resultOf(key: string, query: PrecedentQuery, firstPage: PrecedentPage): ResultState {
  // A first page of the rows in view leaves the rest of page 0 to ask for when scrolled to.
  const wholePage = firstPage.rows.length >= Math.min(PAGE_SIZE, firstPage.total);
  const result: ResultState = { key, query, total: firstPage.total, views: new Map(), ids: new KnownIds(firstPage.total), asked: new Set(wholePage ? [0] : []) };
  store(result, firstPage);
  return result;
}

/** Whether the rows at these positions came already (none: true). */
function holdsRows(state: ResultState, from: number, to: number): boolean {
  for (let position = from; position <= to; position++) if (!state.views.has(position)) return false;
  return true;
}

function store(state: ResultState, page: PrecedentPage): void {
  page.rows.forEach((row, i) => {
    state.views.set(page.offset + i, row);
    state.ids.add(page.offset + i, row.id);
  });
}
