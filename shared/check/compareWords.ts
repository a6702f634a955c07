import { diffArrays } from 'diff';
import { sameWord, type WordToken } from '../text/normalizeWording';
import type { WordDiffPart } from './model';
import { sameWordAt, type WordIds } from './precedentIndex';

/** A comparison step in token positions: [from, to) in the paragraph and in the precedent. */
export interface AlignedPart {
  kind: WordDiffPart['kind'];
  draftFrom: number;
  draftTo: number;
  precedentFrom: number;
  precedentTo: number;
}

export interface Alignment {
  parts: AlignedPart[];
  sameWords: number;
  /** Dice coefficient: twice the aligned words over the words of both sides. */
  similarity: number;
}

/** Below this similarity a precedent is not worth a word-level comparison; it bounds the diff's cost. */
export const MIN_ALIGNED_SIMILARITY = 0.2;

/**
 * Word-level alignment (jsdiff's Myers diff on normalised words, `sameWord` deciding equality). A
 * removal next to an addition is one replacement. Null when the texts share too little wording:
 * the diff gives up past the edit length that would mean a similarity under MIN_ALIGNED_SIMILARITY.
 */
export function alignWords(draft: readonly WordToken[], precedent: readonly WordToken[]): Alignment | null {
  const total = draft.length + precedent.length;
  if (total === 0) return null;
  const changes = diffArrays([...precedent], [...draft], {
    comparator: sameWord,
    maxEditLength: Math.max(1, Math.floor(total * (1 - MIN_ALIGNED_SIMILARITY))),
  });
  if (!changes) return null;
  const parts: AlignedPart[] = [];
  let draftAt = 0;
  let precedentAt = 0;
  let sameWords = 0;
  for (const change of changes) {
    const previous = parts[parts.length - 1];
    if (change.added) {
      if (previous && previous.kind === 'removed' && previous.draftTo === draftAt) {
        previous.kind = 'replaced';
        previous.draftTo = draftAt + change.count;
      } else {
        parts.push({ kind: 'added', draftFrom: draftAt, draftTo: draftAt + change.count, precedentFrom: precedentAt, precedentTo: precedentAt });
      }
      draftAt += change.count;
    } else if (change.removed) {
      if (previous && previous.kind === 'added' && previous.precedentTo === precedentAt) {
        previous.kind = 'replaced';
        previous.precedentTo = precedentAt + change.count;
      } else {
        parts.push({ kind: 'removed', draftFrom: draftAt, draftTo: draftAt, precedentFrom: precedentAt, precedentTo: precedentAt + change.count });
      }
      precedentAt += change.count;
    } else {
      parts.push({ kind: 'same', draftFrom: draftAt, draftTo: draftAt + change.count, precedentFrom: precedentAt, precedentTo: precedentAt + change.count });
      draftAt += change.count;
      precedentAt += change.count;
      sameWords += change.count;
    }
  }
  return { parts, sameWords, similarity: (2 * sameWords) / total };
}

/**
 * Words of the longest common subsequence (what the diff keeps as "same"), by dynamic programming
 * on word ids: a few microseconds where jsdiff's object-building diff takes milliseconds, so every
 * retrieved candidate can be ranked and only the best few get a full comparison.
 */
export function commonWords(a: WordIds, b: WordIds): number {
  const m = b.loose.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i < a.loose.length; i++) {
    for (let j = 0; j < m; j++) {
      current[j + 1] = sameWordAt(a, i, b, j) ? (previous[j] ?? 0) + 1 : Math.max(previous[j + 1] ?? 0, current[j] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[m] ?? 0;
}

/** Character range of tokens [from, to); an empty range at the gap where no token is taken. */
function range(tokens: readonly WordToken[], from: number, to: number, textLength: number): [number, number] {
  if (to > from) return [tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0];
  const at = tokens[from]?.start ?? tokens[from - 1]?.end ?? textLength;
  return [at, at];
}

export function describeParts(
  parts: readonly AlignedPart[],
  draft: { text: string; tokens: readonly WordToken[] },
  precedent: { text: string; tokens: readonly WordToken[] },
): WordDiffPart[] {
  return parts.map((part) => {
    const [draftStart, draftEnd] = range(draft.tokens, part.draftFrom, part.draftTo, draft.text.length);
    const [precedentStart, precedentEnd] = range(precedent.tokens, part.precedentFrom, part.precedentTo, precedent.text.length);
    return {
      kind: part.kind,
      draftText: draft.text.slice(draftStart, draftEnd),
      precedentText: precedent.text.slice(precedentStart, precedentEnd),
      draftStart,
      draftEnd,
      precedentStart,
      precedentEnd,
      draftWords: part.draftTo - part.draftFrom,
      precedentWords: part.precedentTo - part.precedentFrom,
    };
  });
}

export function countChanges(parts: readonly AlignedPart[]): { added: number; removed: number; replaced: number } {
  const counts = { added: 0, removed: 0, replaced: 0 };
  for (const part of parts) if (part.kind !== 'same') counts[part.kind] += 1;
  return counts;
}

/** The word pairs of the alignment's shared runs of at least `minWords` words: [paragraph word, precedent word]. */
export function sameWordPairs(parts: readonly AlignedPart[], minWords: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (const part of parts) {
    if (part.kind !== 'same' || part.draftTo - part.draftFrom < minWords) continue;
    for (let k = 0; k < part.draftTo - part.draftFrom; k++) pairs.push([part.draftFrom + k, part.precedentFrom + k]);
  }
  return pairs;
}
