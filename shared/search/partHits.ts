/**
 * Where one part of a query occurs (a term or a phrase): the rows holding it, and for each a position in its folded text at or before its first occurrence. A
 * phrase typed one letter longer occurs only in those rows and no earlier in them, so the next
 * keystroke's hits are looked for among these, each from where this part was found.
 */
export interface PartHits {
  rows: Int32Array;
  from: Int32Array;
  /**
   * For a mistyped term or letters found inside words: the words it stands for, as places in the
   * vocabulary (typed on, it stands for some of them).
   */
  wordIds?: Int32Array;
}

/** Rows known to hold the part, with nothing known of where: searched from the start. */
export function rowsFromStart(rows: Int32Array): PartHits {
  return { rows, from: new Int32Array(rows.length) };
}

/**
 * The candidates whose folded text contains the phrase. `found` is a beginning of the phrase known
 * to occur at each candidate's `from` (the shorter phrase a key ago): only the rest is compared there.
 */
export function narrowToPhrase(texts: readonly string[], candidates: PartHits, phrase: string, found = ''): PartHits {
  const rows = new Int32Array(candidates.rows.length);
  const from = new Int32Array(candidates.rows.length);
  const rest = phrase.slice(found.length);
  let count = 0;
  for (let i = 0; i < candidates.rows.length; i++) {
    const row = candidates.rows[i]!;
    const text = texts[row]!;
    const start = candidates.from[i]!;
    // Most often the shorter phrase's first occurrence goes on with the new letters: checked first.
    const at = continuesWith(text, start + found.length, rest) ? start : text.indexOf(phrase, start + (found.length > 0 ? 1 : 0));
    if (at === -1) continue;
    rows[count] = row;
    from[count] = at;
    count++;
  }
  return { rows: rows.subarray(0, count), from: from.subarray(0, count) };
}

/** Whether `text` has `part` at `at` (compared code by code: a key adds a letter or two, and startsWith costs far more per call). */
function continuesWith(text: string, at: number, part: string): boolean {
  if (at + part.length > text.length) return false;
  for (let k = 0; k < part.length; k++) if (text.charCodeAt(at + k) !== part.charCodeAt(k)) return false;
  return true;
}
