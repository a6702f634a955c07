import { diffWords as jsDiffWords } from 'diff';

export type WordChangeKind = 'same' | 'added' | 'removed';

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

/**
 * Word-level comparison of a precedent as the draft now says it against its source text.
 * Whitespace rides along with the words, so a change of spacing alone is not reported; the
 * unchanged and added parts spell the new text exactly, the unchanged and removed parts the
 * source up to spacing.
 */
export function diffWords(sourceText: string, text: string): WordChange[] {
  return jsDiffWords(sourceText, text).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}
