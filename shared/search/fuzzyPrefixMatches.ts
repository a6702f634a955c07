/**
 * fuzzyPrefixLength (testing/fuzzyPrefixLength.ts) of `term` for each of the sorted `words`, the words it gives a length for. The
 * vocabulary's 95,000 words, sorted, share their beginnings with their neighbours: the distance
 * table's columns (one per letter of the word) are kept for the beginning the next word shares,
 * and once a beginning is too far from the term every word it begins is answered at once.
 */
export function fuzzyPrefixMatches(term: string, words: readonly string[], maxEdits: number): Map<string, number> {
  const n = term.length;
  // A beginning longer than this is more than maxEdits from the term: never looked at.
  const maxColumns = n + maxEdits;
  const height = n + 1;
  // columns[j * height + i]: distance between term[0, i) and the word's first j letters.
  const columns = new Int32Array((maxColumns + 1) * height);
  for (let i = 0; i <= n; i++) columns[i] = i;
  // Per column j: the beginning (0..j) closest to the whole term, ties to the longer.
  const closest = new Int32Array(maxColumns + 1);
  const matches = new Map<string, number>();
  let previous = '';
  let computed = 0;
  for (let index = 0; index < words.length; ) {
    const word = words[index]!;
    const last = Math.min(word.length, maxColumns);
    let shared = 0;
    while (shared < Math.min(computed, last) && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    let j = shared;
    let beyondReach = false;
    while (j < last && !beyondReach) {
      j++;
      const code = word.charCodeAt(j - 1);
      const column = j * height;
      const before = column - height;
      columns[column] = j;
      let least = j;
      for (let i = 1; i <= n; i++) {
        const termCode = term.charCodeAt(i - 1);
        let value = Math.min(columns[before + i]! + 1, columns[column + i - 1]! + 1, columns[before + i - 1]! + (termCode === code ? 0 : 1));
        if (i > 1 && j > 1 && termCode === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === code) value = Math.min(value, columns[before - height + i - 2]! + 1);
        columns[column + i] = value;
        if (value < least) least = value;
      }
      closest[j] = columns[column + n]! <= columns[closest[j - 1]! * height + n]! ? j : closest[j - 1]!;
      // A column beyond maxEdits makes every later one so, whatever the letters (a cell is at most
      // its upper-left neighbour + 1, so the column before holds nothing under maxEdits to swap from).
      beyondReach = least > maxEdits;
    }
    previous = word;
    computed = j;
    // Every word this beginning begins gets the same answer, when nothing after it counts.
    const next = beyondReach || j === maxColumns ? endOfWordsBeginning(words, index, word.slice(0, j)) : index + 1;
    const best = closest[j]!;
    if (best > 0 && columns[best * height + n]! <= maxEdits) for (let k = index; k < next; k++) matches.set(words[k]!, best);
    index = next;
  }
  return matches;
}

/** The index after the last of the sorted words from `index` on that begin with `beginning`. */
function endOfWordsBeginning(words: readonly string[], index: number, beginning: string): number {
  let low = index + 1;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.startsWith(beginning)) low = middle + 1;
    else high = middle;
  }
  return low;
}
