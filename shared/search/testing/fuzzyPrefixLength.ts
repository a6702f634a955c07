// Three rows of the distance table, reused.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The definition fuzzyPrefixMatches answers for a whole sorted vocabulary at once, word by word:
 * how many leading characters of `word` the (mistyped) `term` stands for: the length of the
 * prefix of `word` closest to `term` by optimal string alignment distance (insertions, deletions,
 * substitutions and swaps of two neighbours, each counting one), if that distance is at most
 * `maxEdits`; null otherwise. Ties go to the longer prefix, so a whole word is highlighted.
 */
export function fuzzyPrefixLength(term: string, word: string, maxEdits: number): number | null {
  const n = term.length;
  if (word.length < n - maxEdits) return null;
  const m = Math.min(word.length, n + maxEdits);
  if (rows[0]!.length <= m) rows = rows.map(() => new Int32Array(2 * (m + 1)));
  // rows[i][j]: distance between term[0, i) and word[0, j); only three rows are ever needed.
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const termCode = term.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = termCode === word.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && termCode === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === word.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > maxEdits) return null;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  let best: number | null = null;
  for (let j = 0; j <= m; j++) {
    if (previous[j]! <= maxEdits && (best === null || previous[j]! <= previous[best]!)) best = j;
  }
  return best === 0 ? null : best;
}
