import type { ParagraphCheck } from '../../../../shared/check/model';

export type HighlightKind = 'verbatim' | 'modified' | 'new';

export interface HighlightRange {
  start: number;
  end: number;
  kind: HighlightKind;
}

/**
 * How a checked paragraph is marked, in offsets of the text given to the check: a verbatim
 * paragraph whole; otherwise each run taken from a precedent as verbatim and the rest as modified
 * (in modified agreed language) or new (in new language). Neighbouring runs of one kind are one
 * range, the spaces between them included. Nothing is marked where the library has no precedents
 * in the paragraph's language: that is not "new".
 */
export function highlightRanges(check: ParagraphCheck): HighlightRange[] {
  if (check.verdict === 'no-precedents-in-language' || check.words === 0) return [];
  if (check.verdict === 'verbatim') return [{ start: check.start, end: check.end, kind: 'verbatim' }];
  const ranges: HighlightRange[] = [];
  for (const span of check.spans) {
    const kind: HighlightKind = span.source ? 'verbatim' : check.verdict === 'modified' ? 'modified' : 'new';
    const start = check.start + span.start;
    const end = check.start + span.end;
    const last = ranges.at(-1);
    if (last?.kind === kind) last.end = end;
    else ranges.push({ start, end, kind });
  }
  return ranges;
}
