import { useEffect, useState } from 'react';
import type { DeskHost } from '../../../shared/host/DeskHost';
import type { FacetCounts, PrecedentQuery } from '../../../shared/query/model';

/**
 * How long the rows shown hold still before their counts are asked for. Typing on, counts that
 * change at every key are read by nobody, and counting them cost every key the host's time and
 * the window's (about a tenth of each in a library of 100,000 paragraphs).
 */
const COUNTS_AFTER_MS = 120;

export interface ResultCounts {
  /** The last counts that came (an earlier result's while `current` is false); null before the first. */
  counts: FacetCounts | null;
  /** The counts are those of the rows shown. */
  current: boolean;
}

/**
 * The facet and theme counts of the result shown, asked for once it held still a moment; answers
 * for a result since replaced are dropped. `generation` changes when the library changed.
 */
export function useResultCounts(host: Pick<DeskHost, 'queryPrecedents'>, shown: PrecedentQuery | null, generation: unknown): ResultCounts {
  const key = shown && JSON.stringify(shown);
  const [counted, setCounted] = useState<{ key: string; generation: unknown; counts: FacetCounts } | null>(null);
  useEffect(() => {
    if (!shown || !key) return;
    let stale = false;
    const timer = setTimeout(() => {
      host.queryPrecedents({ query: shown, offset: 0, limit: 0, withCounts: true }).then(
        ({ counts }) => {
          if (!stale && counts) setCounted({ key, generation, counts });
        },
        (error: unknown) => console.error('The facets and themes could not be counted', error),
      );
    }, COUNTS_AFTER_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // The key stands for the query's content.
  }, [host, key, generation]);
  return { counts: counted?.counts ?? null, current: counted !== null && counted.key === key && counted.generation === generation };
}
