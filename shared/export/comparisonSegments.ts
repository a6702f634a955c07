import type { WordDiffPart } from '../check/model';

export type ComparisonSegment =
  | { kind: 'same'; text: string }
  | { kind: 'added'; added: string }
  | { kind: 'removed'; removed: string }
  | { kind: 'replaced'; removed: string; added: string };

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A checked paragraph read against a precedent, as a sequence to print: the paragraph's own text
 * (spaces and punctuation included) where it agrees, and each change in its place. The comparison
 * covers words only; what lies between them is taken from the paragraph. A removal gets a space
 * on the side where the paragraph has none, so struck words never run into the next word.
 */
export function comparisonSegments(text: string, parts: readonly WordDiffPart[]): ComparisonSegment[] {
  const segments: ComparisonSegment[] = [];
  const same = (piece: string) => {
    if (piece === '') return;
    const last = segments.at(-1);
    if (last?.kind === 'same') last.text += piece;
    else segments.push({ kind: 'same', text: piece });
  };
  let at = 0;
  for (const part of parts) {
    same(text.slice(at, part.draftStart));
    switch (part.kind) {
      case 'same':
        same(part.draftText);
        break;
      case 'added':
        segments.push({ kind: 'added', added: part.draftText });
        break;
      case 'replaced':
        segments.push({ kind: 'replaced', removed: part.precedentText, added: part.draftText });
        break;
      case 'removed': {
        const beforeWord = WORD_CHARACTER.test(text.charAt(part.draftStart));
        if (!beforeWord) same(' ');
        segments.push({ kind: 'removed', removed: part.precedentText });
        if (beforeWord) same(' ');
        break;
      }
    }
    at = Math.max(at, part.draftEnd);
  }
  same(text.slice(at));
  return segments;
}
