// Letters and decimal digits make words; apostrophes, hyphens, punctuation and superscript
// footnote markers separate them ("l'enfant" is "l" + "enfant", "migrants¹" is "migrants").
const WORD_CHARACTER = '[\\p{L}\\p{Nd}]';
const WORD = new RegExp(`${WORD_CHARACTER}+`, 'gu');
const WORD_CHARACTER_AT = new RegExp(WORD_CHARACTER, 'uy');

/** The words of a folded text, in order, repeats included. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

export interface WordSpan {
  word: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

export function wordSpans(folded: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of folded.matchAll(WORD)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Whether the character at `at` (a code unit offset) is one a word is made of. */
export function isWordCharacterAt(text: string, at: number): boolean {
  WORD_CHARACTER_AT.lastIndex = at;
  return WORD_CHARACTER_AT.test(text);
}
