import type { WordToken } from '../text/normalizeWording';
import type { AttributedSpan } from './model';
import { sameWordAt, type WordIds } from './precedentIndex';

/**
 * Shortest run of consecutive words that counts as taken from a precedent. Shorter runs ("de la",
 * "les États parties") occur everywhere and say nothing about where a paragraph comes from.
 */
export const MIN_RUN_WORDS = 4;

export interface SpanSource {
  paragraphId: string;
  ids: WordIds;
  /** Tokens with offsets, asked for only when the source supplies a span. */
  tokens(): readonly WordToken[];
}

/**
 * Coherent spans: a run of at least this many words that the comparison with the closest
 * precedent shows as shared is attributed to that precedent, however short, so the sources never
 * call "new" a phrase the comparison shows as shared ("renforcer la coopération"). A lone word
 * the alignment matches between two changes ("de", "les") is not a phrase: it stays unattributed.
 */
export const PHRASE_WORDS = 2;

/** The words the comparison with one source (the closest precedent) shows as shared: [paragraph word, precedent word]. */
export interface ComparedWords {
  source: number;
  pairs: readonly (readonly [number, number])[];
}

interface Run {
  source: number;
  draftFrom: number;
  precedentFrom: number;
  length: number;
}

/** Maximal common runs of at least MIN_RUN_WORDS words between the paragraph and one source. */
function commonRuns(draft: WordIds, other: WordIds, source: number): Run[] {
  const runs: Run[] = [];
  const n = draft.loose.length;
  const m = other.loose.length;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) current[j + 1] = sameWordAt(draft, i, other, j) ? (previous[j] ?? 0) + 1 : 0;
    // A run ending at (i-1, j-1) is maximal when it does not continue to (i, j).
    for (let j = 1; j <= m; j++) {
      const length = previous[j] ?? 0;
      if (length >= MIN_RUN_WORDS && (current[j + 1] ?? 0) === 0) runs.push({ source, draftFrom: i - length, precedentFrom: j - length, length });
    }
    [previous, current] = [current, previous];
  }
  for (let j = 1; j <= m; j++) {
    const length = previous[j] ?? 0;
    if (length >= MIN_RUN_WORDS) runs.push({ source, draftFrom: n - length, precedentFrom: j - length, length });
  }
  return runs;
}

/**
 * Which words of the paragraph come from which precedent. Greedy: the longest common runs first
 * (ties to the better-ranked source, `sources` being best first), each claiming the words of the
 * paragraph no longer run has claimed, as long as the unclaimed piece still has MIN_RUN_WORDS
 * words. A paragraph stitched from the first half of one recommendation and the second half of
 * another thus gets each half attributed to its own source. Then the shared phrases of the
 * comparison with the closest precedent (`compared`) take the words still unclaimed. The result
 * covers the paragraph's words in order; words no precedent supplies form spans with a null source.
 */
export function attributeSpans(
  draftTokens: readonly WordToken[],
  draft: WordIds,
  sources: readonly SpanSource[],
  compared?: ComparedWords,
): { spans: AttributedSpan[]; coveredWords: number } {
  const runs = sources.flatMap((source, index) => commonRuns(draft, source.ids, index));
  runs.sort((a, b) => b.length - a.length || a.source - b.source || a.draftFrom - b.draftFrom);

  const owner = new Int32Array(draftTokens.length).fill(-1);
  const precedentAt = new Int32Array(draftTokens.length);
  for (const run of runs) {
    let i = run.draftFrom;
    const end = run.draftFrom + run.length;
    while (i < end) {
      while (i < end && owner[i] !== -1) i++;
      let j = i;
      while (j < end && owner[j] === -1) j++;
      if (j - i >= MIN_RUN_WORDS) {
        for (let k = i; k < j; k++) {
          owner[k] = run.source;
          precedentAt[k] = run.precedentFrom + (k - run.draftFrom);
        }
      }
      i = j;
    }
  }

  // Coherent spans: what the comparison shows as a shared phrase is never "new" (see PHRASE_WORDS).
  if (compared) {
    for (const [draftIndex, precedentIndex] of compared.pairs) {
      if (owner[draftIndex] !== -1) continue;
      owner[draftIndex] = compared.source;
      precedentAt[draftIndex] = precedentIndex;
    }
  }

  const spans: AttributedSpan[] = [];
  let coveredWords = 0;
  let from = 0;
  while (from < draftTokens.length) {
    const source = owner[from] ?? -1;
    let to = from + 1;
    while (to < draftTokens.length && owner[to] === source && (source === -1 || precedentAt[to] === (precedentAt[to - 1] ?? 0) + 1)) to++;
    const origin = sources[source];
    const precedentTokens = origin?.tokens();
    const precedentFirst = precedentTokens?.[precedentAt[from] ?? 0];
    const precedentLast = precedentTokens?.[precedentAt[to - 1] ?? 0];
    spans.push({
      start: draftTokens[from]?.start ?? 0,
      end: draftTokens[to - 1]?.end ?? 0,
      words: to - from,
      source: origin && precedentFirst && precedentLast ? { paragraphId: origin.paragraphId, start: precedentFirst.start, end: precedentLast.end } : null,
    });
    if (origin) coveredWords += to - from;
    from = to;
  }
  return { spans, coveredWords };
}
