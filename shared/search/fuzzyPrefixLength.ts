/**
 * How many leading characters of `word` the (mistyped) `term` stands for: the length of the
 * prefix of `word` closest to `term` by optimal string alignment distance (insertions, deletions,
 * substitutions and swaps of two neighbours, each counting one), if that distance is at most
 * `maxEdits`; null otherwise. Ties go to the longer prefix, so a whole word is highlighted.
 */
export function fuzzyPrefixLength(term: string, word: string, maxEdits: number): number | null {
  const n = term.length;
  if (word.length < n - maxEdits) return null;
  const m = Math.min(word.length, n + maxEdits);
  // rows[i][j]: distance between term[0, i) and word[0, j); only three rows are ever needed.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = term[i - 1] === word[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > maxEdits) return null;
    beforePrevious = previous;
    previous = current;
  }
  let best: number | null = null;
  for (let j = 0; j <= m; j++) {
    if (previous[j]! <= maxEdits && (best === null || previous[j]! <= previous[best]!)) best = j;
  }
  return best === 0 ? null : best;
}
