import { findMatches } from '../../../shared/search/findMatches';

/** Characters of text kept before the first match, so the match shows in a row clamped to three lines. */
const LEAD = 60;

/**
 * The text from shortly before its first match, cut at a word boundary and marked with an
 * ellipsis; the whole text when the match is near the start or there is none.
 */
export function matchExcerpt(text: string, query: string): string {
  const first = query.trim() === '' ? undefined : findMatches(text, query)[0];
  if (!first || first.start <= LEAD * 2) return text;
  const space = text.indexOf(' ', first.start - LEAD);
  const from = space >= 0 && space < first.start ? space + 1 : first.start;
  return `…${text.slice(from)}`;
}
