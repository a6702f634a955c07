import { foldWithOrigins, type FoldedText } from '../text/foldForSearch';
import { matchTerm } from './matchTerm';
import { isEmptyQuery, parseQuery } from './parseQuery';
import { Vocabulary } from './Vocabulary';
import { wordSpans, type WordSpan } from './words';

export interface MatchRange {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

const COMBINING_MARK = /\p{M}/u;

/** A text ready to be matched: folded, cut into words, with its vocabulary. Made once, it serves every key typed. */
export interface MatchableText {
  readonly text: string;
  readonly folded: FoldedText;
  readonly spans: readonly WordSpan[];
  readonly vocabulary: Vocabulary;
}

export function matchableText(text: string): MatchableText {
  const folded = foldWithOrigins(text);
  const spans = wordSpans(folded.folded);
  return { text, folded, spans, vocabulary: new Vocabulary(spans.map((span) => span.word)) };
}

/**
 * Where the query matches the text, as ranges of the original text to highlight, in order and
 * not overlapping: each phrase occurrence as one range, the begun part of each word a term
 * matches ("coopér" in "coopération"), the whole of a word a mistyped term was taken for. Terms
 * are matched against this text's own words exactly as createSearchIndex matches them against
 * its vocabulary, so a search result highlights what made it a result.
 */
export function findMatches(text: string | MatchableText, query: string): MatchRange[] {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return [];
  const prepared = typeof text === 'string' ? matchableText(text) : text;
  const { folded } = prepared.folded;
  const found: Array<[number, number]> = [];
  for (const phrase of parsed.phrases) {
    for (let at = folded.indexOf(phrase.text); at !== -1; at = folded.indexOf(phrase.text, at + 1)) {
      found.push([at, at + phrase.text.length]);
    }
  }
  for (const term of parsed.terms) {
    const matched = matchTerm(term, prepared.vocabulary);
    for (const span of prepared.spans) {
      const length = matched.get(span.word);
      if (length !== undefined) found.push([span.start, span.start + length]);
    }
  }
  return merge(found.map(([start, end]) => toOriginal(prepared.text, prepared.folded, start, end)));
}

/** The original characters that gave folded[start, end), whole: a ligature or an accent is never cut. */
function toOriginal(text: string, { origins }: FoldedText, start: number, end: number): MatchRange {
  const lastOrigin = origins[end - 1]!;
  let originalEnd = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
  while (originalEnd < text.length && COMBINING_MARK.test(text[originalEnd]!)) originalEnd++;
  return { start: origins[start]!, end: originalEnd };
}

function merge(ranges: MatchRange[]): MatchRange[] {
  const merged: MatchRange[] = [];
  for (const range of ranges.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
