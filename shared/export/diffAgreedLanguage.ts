import { diffWords } from 'diff';

export interface ChangeSegment {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** What the delegate changed in agreed language, word by word, from the corpus text to the draft's. */
export function diffAgreedLanguage(sourceText: string, text: string): ChangeSegment[] {
  return diffWords(sourceText, text).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}
