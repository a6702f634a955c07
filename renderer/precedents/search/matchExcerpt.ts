import { findMatches, type MatchRange } from '../../../shared/search/findMatches';
import { recentMatchableText } from './recentMatchableTexts';

const ELLIPSIS = '…';

/** What of a text a cell can show (textRoom.ts). */
export interface ExcerptRoom {
  /** Characters kept before the first match, so that the match shows with a few words before it. */
  leadChars: number;
  /** Past this many characters nothing more can be seen: the rest is not drawn. */
  maxChars: number;
}

export interface MatchedText {
  text: string;
  /** Where the query matches `text`, in order. */
  matches: MatchRange[];
}

/**
 * The text from shortly before its first match, cut at a word boundary and marked with an
 * ellipsis, with its matches; from its start when the match is near it or there is none. Past
 * what the room can show, the text is cut and ends with an ellipsis: every key typed lays out and
 * paints the rows anew, and a compact row's line shows about a tenth of a paragraph. The matches
 * are found once, for the excerpt and its highlights both.
 */
export function matchExcerpt(text: string, query: string, room: ExcerptRoom): MatchedText {
  const matches = query.trim() === '' ? [] : findMatches(recentMatchableText(text), query);
  const first = matches[0];
  if (!first || first.start <= room.leadChars * 2) return cutToRoom({ text, matches }, room.maxChars);
  const space = text.indexOf(' ', first.start - room.leadChars);
  const from = space >= 0 && space < first.start ? space + 1 : first.start;
  const shift = ELLIPSIS.length - from;
  return cutToRoom({ text: `${ELLIPSIS}${text.slice(from)}`, matches: matches.map(({ start, end }) => ({ start: start + shift, end: end + shift })) }, room.maxChars);
}

function cutToRoom({ text, matches }: MatchedText, maxChars: number): MatchedText {
  if (text.length <= maxChars) return { text, matches };
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
  return {
    // Drawn past the line's end, under the cell's own ellipsis; it says the text goes on should the cut ever show.
    text: `${text.slice(0, end)}${ELLIPSIS}`,
    matches: matches.filter(({ start }) => start < end).map(({ start, end: matchEnd }) => ({ start, end: Math.min(matchEnd, end) })),
  };
}
