import { useMemo, type ReactNode } from 'react';
import { findMatches, type MatchRange } from '../../../shared/search/findMatches';
import { matchExcerpt } from './matchExcerpt';

/** The text with the query's matches marked. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  const matches = useMemo(() => (query.trim() === '' ? [] : findMatches(text, query)), [text, query]);
  return <MarkedText text={text} matches={matches} />;
}

/** The text from shortly before the query's first match, with its matches marked (a table cell). */
export function HighlightedExcerpt({ text, query }: { text: string; query: string }) {
  const excerpt = useMemo(() => matchExcerpt(text, query), [text, query]);
  return <MarkedText text={excerpt.text} matches={excerpt.matches} />;
}

function MarkedText({ text, matches }: { text: string; matches: readonly MatchRange[] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start < at) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}
