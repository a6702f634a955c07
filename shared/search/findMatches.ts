import { foldWithOrigins, type FoldedText } from '../text/foldForSearch';
import { matchesWholeWordOnly, matchTerm } from './matchTerm';
import { isEmptyQuery, parseQuery } from './parseQuery';
import { Vocabulary } from './Vocabulary';
import { isWordCharacterAt, wordSpans, type WordSpan } from './words';

export interface MatchRange {
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

const COMBINING_MARK = /\p{M}/u;

/** A text's words where they stand, and its vocabulary. */
interface TextWords {
  spans: readonly WordSpan[];
  vocabulary: Vocabulary;
}

/**
 * A text ready to be matched: folded, with its words and vocabulary made only when a mistyped term
 * needs them. Made once, it serves every key typed. The window makes one for every new row a key
 * shows, often before its code is optimised: for 34 rows of the library bench's texts, cutting
 * every text into words and a vocabulary took 14–18 ms at a start, against about 4 ms this way.
 */
export class MatchableText {
  readonly folded: FoldedText;
  private madeWords?: TextWords;

  constructor(readonly text: string) {
    this.folded = foldWithOrigins(text);
  }

  get words(): TextWords {
    if (!this.madeWords) {
      const spans = wordSpans(this.folded.folded);
      this.madeWords = { spans, vocabulary: new Vocabulary(spans.map((span) => span.word)) };
    }
    return this.madeWords;
  }
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
  const prepared = typeof text === 'string' ? new MatchableText(text) : text;
  const { folded } = prepared.folded;
  const found: Array<[number, number]> = [];
  for (const phrase of parsed.phrases) {
    for (let at = folded.indexOf(phrase.text); at !== -1; at = folded.indexOf(phrase.text, at + 1)) {
      found.push([at, at + phrase.text.length]);
    }
  }
  for (const term of parsed.terms) {
    // A word the term begins (or, when short, stands for whole) is found in the folded text itself;
    // the text's vocabulary is made only for a term that begins none (a mistyped one).
    const whole = matchesWholeWordOnly(term);
    const begun = wordsBegunBy(folded, term, whole);
    if (begun.length > 0 || whole) {
      for (const at of begun) found.push([at, at + term.length]);
      continue;
    }
    const { spans, vocabulary } = prepared.words;
    const matched = matchTerm(term, vocabulary);
    for (const span of spans) {
      const length = matched.get(span.word);
      if (length !== undefined) found.push([span.start, span.start + length]);
    }
  }
  return merge(found.map(([start, end]) => toOriginal(prepared.text, prepared.folded, start, end)));
}

/**
 * Where the words beginning with `term` (all letters and digits) begin in `folded`; with `whole`,
 * only the words that are `term`. Words are the runs of letters and digits (words.ts).
 */
function wordsBegunBy(folded: string, term: string, whole: boolean): number[] {
  const starts: number[] = [];
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
    if (wordCharacterEndsAt(folded, at)) continue;
    if (whole && isWordCharacterAt(folded, at + term.length)) continue;
    starts.push(at);
  }
  return starts;
}

/** Whether the character before `at` is a letter or a digit (one beyond the Basic Multilingual Plane takes two code units). */
function wordCharacterEndsAt(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && text.codePointAt(at - 2)! > 0xffff;
  return isWordCharacterAt(text, at - (pair ? 2 : 1));
}

/** The original characters that gave folded[start, end), whole: a ligature or an accent is never cut. */
function toOriginal(text: string, { originOf }: FoldedText, start: number, end: number): MatchRange {
  const lastOrigin = originOf(end - 1);
  let originalEnd = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
  while (originalEnd < text.length && COMBINING_MARK.test(text[originalEnd]!)) originalEnd++;
  return { start: originOf(start), end: originalEnd };
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
