/**
 * Where one part of a query occurs (a term standing for the words it begins, or a phrase): the rows
 * holding it, and for each a position in its folded text at or before its first occurrence. A part
 * typed one letter longer occurs only in those rows and no earlier in them, so the next keystroke's
 * hits are looked for among these, each from where this part was found.
 */
export interface PartHits {
  rows: Int32Array;
  from: Int32Array;
  /**
   * For a term, once looked for in the texts: the word it begins at `from`, as an index into
   * `words`. A longer term that still begins that word is found there without reading the text
   * again (reading 70,000 texts scattered in memory is what a key costs).
   */
  begun?: { ids: Int32Array; words: string[] };
  /** For a mistyped term: the words it stands for (a term typed on from it stands for some of them). */
  words?: readonly string[];
}

/** Every row, to be searched from the start of its text. */
export function everyRow(count: number): PartHits {
  return { rows: Int32Array.from({ length: count }, (_, row) => row), from: new Int32Array(count) };
}

/** Rows known to hold the part, with nothing known of where: searched from the start. */
export function rowsFromStart(rows: Int32Array): PartHits {
  return { rows, from: new Int32Array(rows.length) };
}

/** The hits whose row is marked (1). */
export function amongRows(hits: PartHits, marks: Uint8Array): PartHits {
  const rows = new Int32Array(hits.rows.length);
  const from = new Int32Array(hits.rows.length);
  const ids = hits.begun ? new Int32Array(hits.rows.length) : null;
  let count = 0;
  for (let i = 0; i < hits.rows.length; i++) {
    if (marks[hits.rows[i]!] !== 1) continue;
    rows[count] = hits.rows[i]!;
    from[count] = hits.from[i]!;
    if (ids) ids[count] = hits.begun!.ids[i]!;
    count++;
  }
  const kept = { rows: rows.subarray(0, count), from: from.subarray(0, count) };
  return ids ? { ...kept, begun: { ids: ids.subarray(0, count), words: hits.begun!.words } } : kept;
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

/** The candidates with a word beginning with `term` (letters and digits, as words() makes them). */
export function narrowToWordStart(texts: readonly string[], candidates: PartHits, term: string): PartHits {
  const rows = new Int32Array(candidates.rows.length);
  const from = new Int32Array(candidates.rows.length);
  const ids = new Int32Array(candidates.rows.length);
  const begun = candidates.begun ?? { ids: new Int32Array(candidates.rows.length).fill(-1), words: [] };
  const words = [...begun.words];
  const idOf = new Map(words.map((word, id) => [word, id]));
  const stillBegun = Uint8Array.from(begun.words, (word) => (word.startsWith(term) ? 1 : 0));
  let count = 0;
  for (let i = 0; i < candidates.rows.length; i++) {
    const row = candidates.rows[i]!;
    const known = begun.ids[i]!;
    if (known !== -1 && stillBegun[known] === 1) {
      rows[count] = row;
      from[count] = candidates.from[i]!;
      ids[count] = known;
      count++;
      continue;
    }
    const text = texts[row]!;
    let at = text.indexOf(term, candidates.from[i]!);
    while (at > 0 && continuesAWord(text, at)) at = text.indexOf(term, at + 1);
    if (at === -1) continue;
    const word = wordAt(text, at);
    let id = idOf.get(word);
    if (id === undefined) {
      idOf.set(word, (id = words.length));
      words.push(word);
    }
    rows[count] = row;
    from[count] = at;
    ids[count] = id;
    count++;
  }
  return { rows: rows.subarray(0, count), from: from.subarray(0, count), begun: { ids: ids.subarray(0, count), words } };
}

/** The candidates with `word` as a whole word (letters and digits, as words() makes them). */
export function narrowToWord(texts: readonly string[], candidates: PartHits, word: string): PartHits {
  const rows = new Int32Array(candidates.rows.length);
  const from = new Int32Array(candidates.rows.length);
  let count = 0;
  for (let i = 0; i < candidates.rows.length; i++) {
    const text = texts[candidates.rows[i]!]!;
    let at = text.indexOf(word, candidates.from[i]!);
    while (at !== -1 && ((at > 0 && continuesAWord(text, at)) || wordGoesOn(text, at + word.length))) at = text.indexOf(word, at + 1);
    if (at === -1) continue;
    rows[count] = candidates.rows[i]!;
    from[count] = at;
    count++;
  }
  return { rows: rows.subarray(0, count), from: from.subarray(0, count) };
}

const WORD_AT = /[\p{L}\p{Nd}]+/uy;

function wordAt(text: string, at: number): string {
  WORD_AT.lastIndex = at;
  return WORD_AT.exec(text)![0];
}

const BEGINS_WITH_WORD_CHARACTER = /^[\p{L}\p{Nd}]/u;

/** Whether the character at `at` is a letter or digit (ASCII answered at once). */
function wordGoesOn(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiWordCode(code);
  return BEGINS_WITH_WORD_CHARACTER.test(text.slice(at, at + 2));
}

const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{Nd}]$/u;

/** Whether the character before `at` is a letter or digit (the text's own, ASCII answered at once). */
function continuesAWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return isAsciiWordCode(code);
  // Two code units: the character before may be a surrogate pair.
  return ENDS_WITH_WORD_CHARACTER.test(text.slice(Math.max(0, at - 2), at));
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}
