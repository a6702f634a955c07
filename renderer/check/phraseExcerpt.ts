import { sameWord, tokenizeWords } from '../../shared/text/normalizeWording';

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const ELLIPSIS = '…';

/**
 * The part of `text` around the first place where `phrase`'s words appear in a row (typography
 * aside, as the check compares wording), about `context` characters each side, cut at spaces.
 * Null when they do not appear.
 */
export function phraseExcerpt(text: string, phrase: string, context = 80): Excerpt | null {
  const words = tokenizeWords(text);
  const wanted = tokenizeWords(phrase);
  if (wanted.length === 0) return null;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (!wanted.every((word, k) => sameWord(words[i + k]!, word))) continue;
    const start = words[i]!.start;
    const end = words[i + wanted.length - 1]!.end;
    const from = start <= context ? 0 : text.indexOf(' ', start - context) + 1;
    const toSpace = text.lastIndexOf(' ', end + context);
    const to = end + context >= text.length || toSpace <= end ? text.length : toSpace;
    return {
      before: `${from > 0 ? ELLIPSIS : ''}${text.slice(from, start)}`,
      match: text.slice(start, end),
      after: `${text.slice(end, to)}${to < text.length ? ELLIPSIS : ''}`,
    };
  }
  return null;
}
