import { tokenizeWords, type WordToken } from '../text/normalizeWording';

/** A leading list label: "3.", "12)", "a)", "(b)", "ii)", "- c)", "*a)*". */
const LIST_LABEL = /^[\s*]*(?:[-–•][\s*]*)?(?:\d{1,3}[.)]|\(?[a-z]{1,4}\))\*?\s+/iu;

/**
 * The words of a paragraph as compared with precedents: a leading list label is numbering, not
 * wording, so "3. Les États parties devraient…" is verbatim when the precedent reads "Les États
 * parties devraient…". The first word after the label starts the sentence.
 */
export function comparableWords(text: string): WordToken[] {
  const labelEnd = LIST_LABEL.exec(text)?.[0].length ?? 0;
  const tokens = tokenizeWords(text).filter((token) => token.start >= labelEnd);
  const first = tokens[0];
  if (first && !first.sentenceStart) tokens[0] = { ...first, sentenceStart: true };
  return tokens;
}
