import { findMatches, type MatchRange } from '../../../shared/search/findMatches';
import { recentMatchableText } from './recentMatchableTexts';

/** Characters of text kept before the first match, so the match shows in a row clamped to three lines. */
const LEAD = 60;
const ELLIPSIS = '…';

export interface MatchedText {
  text: string;
  /** Where the query matches `text`, in order. */
  matches: MatchRange[];
}

/**
 * The text from shortly before its first match, cut at a word boundary and marked with an
 * ellipsis, with its matches; the whole text when the match is near the start or there is none.
 * The matches are found once, for the excerpt and its highlights both.
 */
export function matchExcerpt(text: string, query: string): MatchedText {
  const matches = query.trim() === '' ? [] : findMatches(recentMatchableText(text), query);
  const first = matches[0];
  if (!first || first.start <= LEAD * 2) return { text, matches };
  const space = text.indexOf(' ', first.start - LEAD);
  const from = space >= 0 && space < first.start ? space + 1 : first.start;
  const shift = ELLIPSIS.length - from;
  return { text: `${ELLIPSIS}${text.slice(from)}`, matches: matches.map(({ start, end }) => ({ start: start + shift, end: end + shift })) };
}
