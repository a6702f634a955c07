import { useMemo } from 'react';
import { findMatches, type MatchRange } from '../../../shared/search/findMatches';
import { markedPieces } from './markedPieces';

/** The text with the query's matches marked. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  const matches = useMemo(() => (query.trim() === '' ? [] : findMatches(text, query)), [text, query]);
  return <MarkedText text={text} matches={matches} />;
}

function MarkedText({ text, matches }: { text: string; matches: readonly MatchRange[] }) {
  return <>{markedPieces(text, matches).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
