import { useMemo, type ReactNode } from 'react';
import { findMatches } from '../../../shared/search/findMatches';

/** The text with the query's matches marked. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  const parts = useMemo(() => {
    if (query.trim() === '') return [text];
    const pieces: ReactNode[] = [];
    let at = 0;
    for (const { start, end } of findMatches(text, query)) {
      if (start < at) continue;
      if (start > at) pieces.push(text.slice(at, start));
      pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
      at = end;
    }
    pieces.push(text.slice(at));
    return pieces;
  }, [text, query]);
  return <>{parts}</>;
}
