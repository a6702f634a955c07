import { diffWords } from './diffWords';

export interface TextRange {
  start: number;
  end: number;
}

/** Where agreed language as the draft now says it departs from its source, in offsets of the draft's text. */
export interface ChangedWords {
  /** Words the draft has and the source does not (typed in, or typed over the source's). */
  added: TextRange[];
  /** Where the source's words were taken out, with those words: there is nothing left in the text to mark. */
  removed: { at: number; text: string }[];
}

/**
 * The word changes of a modified precedent, as Word's tracked changes show them: only the words
 * that differ, never the whole paragraph. Spacing alone is no change.
 */
export function changedWords(sourceText: string, text: string): ChangedWords {
  const changed: ChangedWords = { added: [], removed: [] };
  let offset = 0;
  for (const change of diffWords(sourceText, text)) {
    if (change.kind === 'removed') {
      if (change.text.trim()) changed.removed.push({ at: offset, text: change.text.trim() });
      continue;
    }
    const start = offset;
    offset += change.text.length;
    if (change.kind === 'same' || !change.text.trim()) continue;
    const leading = change.text.length - change.text.trimStart().length;
    const trailing = change.text.length - change.text.trimEnd().length;
    changed.added.push({ start: start + leading, end: offset - trailing });
  }
  return changed;
}
