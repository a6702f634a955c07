import type { MatchRange } from '../../../shared/search/findMatches';

export interface TextPiece {
  text: string;
  /** A match of the query, drawn marked. */
  marked: boolean;
}

/** The text cut at its matches, in order; a match overlapping the one before it is skipped. */
export function markedPieces(text: string, matches: readonly MatchRange[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
