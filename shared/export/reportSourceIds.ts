import type { ParagraphCheck } from '../check/model';

/** The precedents a paragraph's words come from, in reading order, then its closest one when it is agreed language. */
export function reportSourceIds(check: ParagraphCheck): string[] {
  const ids = new Set(check.spans.flatMap((span) => (span.source ? [span.source.paragraphId] : [])));
  const best = check.precedents[0];
  if (best && (check.verdict === 'verbatim' || check.verdict === 'modified')) ids.add(best.paragraphId);
  return [...ids];
}
