import { forEachWord, wordToken, type WordToken } from '../text/normalizeWording';

/** A leading list label: "3.", "12)", "a)", "(b)", "ii)", "- c)", "*a)*". */
const LIST_LABEL = /^[\s*]*(?:[-–•][\s*]*)?(?:\d{1,3}[.)]|\(?[a-z]{1,4}\))\*?\s+/iu;

/**
 * The words of a paragraph as compared with precedents: a leading list label is numbering, not
 * wording, so "3. Les États parties devraient…" is verbatim when the precedent reads "Les États
 * parties devraient…". The first word after the label starts the sentence.
 */
export function forEachComparableWord(text: string, visit: (word: string, start: number, sentenceStart: boolean) => void): void {
  const labelEnd = LIST_LABEL.exec(text)?.[0].length ?? 0;
  let first = true;
  forEachWord(text, (word, start, sentenceStart) => {
    if (start < labelEnd) return;
    visit(word, start, first || sentenceStart);
    first = false;
  });
}

export function comparableWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  forEachComparableWord(text, (word, start, sentenceStart) => tokens.push(wordToken(word, start, sentenceStart)));
  return tokens;
}
