/**
 * Where one part of a query occurs (a term standing for the words it begins, or a phrase): the rows
 * holding it, and for each a position in its folded text at or before its first occurrence. A part
 * typed one letter longer occurs only in those rows and no earlier in them, so the next keystroke's
 * hits are looked for among these, each from where this part was found (most often, right there:
 * checked first, as a search has a cost of its own on each of 70,000 texts).
 */
export interface PartHits {
  rows: Int32Array;
  from: Int32Array;
}

/** Every row, to be searched from the start of its text. */
export function everyRow(count: number): PartHits {
  return { rows: Int32Array.from({ length: count }, (_, row) => row), from: new Int32Array(count) };
}

/** Rows known to hold the part, with nothing known of where: searched from the start. */
export function rowsFromStart(rows: Int32Array): PartHits {
  return { rows, from: new Int32Array(rows.length) };
}

/** The candidates whose folded text contains the phrase. */
export function narrowToPhrase(texts: readonly string[], candidates: PartHits, phrase: string): PartHits {
  return narrow(candidates, (row, from) => {
    const text = texts[row]!;
    return text.startsWith(phrase, from) ? from : text.indexOf(phrase, from);
  });
}

/** The candidates with a word beginning with `term` (letters and digits, as words() makes them). */
export function narrowToWordStart(texts: readonly string[], candidates: PartHits, term: string): PartHits {
  return narrow(candidates, (row, from) => {
    const text = texts[row]!;
    let at = text.startsWith(term, from) ? from : text.indexOf(term, from);
    while (at > 0 && continuesAWord(text, at)) at = text.indexOf(term, at + 1);
    return at;
  });
}

function narrow(candidates: PartHits, find: (row: number, from: number) => number): PartHits {
  const rows = new Int32Array(candidates.rows.length);
  const from = new Int32Array(candidates.rows.length);
  let count = 0;
  for (let i = 0; i < candidates.rows.length; i++) {
    const at = find(candidates.rows[i]!, candidates.from[i]!);
    if (at === -1) continue;
    rows[count] = candidates.rows[i]!;
    from[count] = at;
    count++;
  }
  return { rows: rows.slice(0, count), from: from.slice(0, count) };
}

const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{Nd}]$/u;

/** Whether the character before `at` is a letter or digit (the text's own, ASCII answered at once). */
function continuesAWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Two code units: the character before may be a surrogate pair.
  return ENDS_WITH_WORD_CHARACTER.test(text.slice(Math.max(0, at - 2), at));
}
