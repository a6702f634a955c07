import type { Vocabulary } from './Vocabulary';
import { words as wordsOf } from './words';

export interface WordRowsParts {
  rowCount: number;
  /** The rows of word i are rows[starts[i]] up to rows[starts[i + 1]], in order. */
  starts: Int32Array;
  rows: Int32Array;
  /** Per row, the letters a–z its text holds (bit 0 for a). */
  letters: Int32Array;
}

/**
 * The rows each word of a vocabulary occurs in (the words() of each row's text), one list of rows
 * per word in the vocabulary's order: a term's rows are those of a range of words (the words it
 * begins) or of a few words (a whole word, the words a mistyped term is close to), joined in one
 * pass over their lists. At 100,000 paragraphs: 5.6 million (word, row) pairs, 22 MB, made in
 * about a second from the folded texts.
 */
export class WordRows {
  /** Word lists kept from an earlier start (host/db), as parts() gave them. */
  static fromParts({ rowCount, starts, rows, letters }: WordRowsParts): WordRows {
    return new WordRows(rowCount, starts, rows, letters);
  }

  private constructor(
    private readonly rowCount: number,
    /** The rows of word i are rows[starts[i]] up to rows[starts[i + 1]], in order. */
    private readonly starts: Int32Array,
    private readonly rows: Int32Array,
    /** Per row, the letters a–z its text holds (bit 0 for a). */
    private readonly letters: Int32Array,
  ) {}

  /** Words of the texts not in the vocabulary are left out (the vocabulary is made of the same texts' words). */
  static of(texts: readonly string[], vocabulary: Vocabulary): WordRows {
    const table = new WordTable(vocabulary.words);
    const wordCount = vocabulary.words.length;
    // Each row's words once, as ids, row after row; then spread into each word's list.
    const lastRowOf = new Int32Array(wordCount).fill(-1);
    const counts = new Int32Array(wordCount);
    let sequence = new Int32Array(1 << 20);
    let length = 0;
    const rowEnds = new Int32Array(texts.length);
    const letters = new Int32Array(texts.length);
    let ids = new Int32Array(1024);
    for (let row = 0; row < texts.length; row++) {
      const text = texts[row]!;
      if (ids.length < text.length) ids = new Int32Array(text.length);
      const found = table.idsOf(text, ids);
      letters[row] = table.letters;
      if (length + found > sequence.length) {
        const longer = new Int32Array(Math.max(sequence.length * 2, length + found));
        longer.set(sequence);
        sequence = longer;
      }
      for (let k = 0; k < found; k++) {
        const id = ids[k]!;
        if (lastRowOf[id] === row) continue;
        lastRowOf[id] = row;
        counts[id]!++;
        sequence[length++] = id;
      }
      rowEnds[row] = length;
    }
    const starts = new Int32Array(wordCount + 1);
    for (let id = 0; id < wordCount; id++) starts[id + 1] = starts[id]! + counts[id]!;
    const next = starts.slice(0, wordCount);
    const rows = new Int32Array(length);
    for (let row = 0, at = 0; row < texts.length; row++) for (; at < rowEnds[row]!; at++) rows[next[sequence[at]!]!++] = row;
    return new WordRows(texts.length, starts, rows, letters);
  }

  /** What the lists are made of, to be kept (shared/search/wordRowsCodec.ts) and given back to fromParts. */
  parts(): WordRowsParts {
    return { rowCount: this.rowCount, starts: this.starts, rows: this.rows, letters: this.letters };
  }

  /** The rows holding a word from `start` up to `end` (not included) in the vocabulary's order, in order. */
  ofRange(start: number, end: number): Int32Array {
    if (end - start === 1) return this.rows.subarray(this.starts[start], this.starts[end]);
    const marks = new Uint8Array(this.rowCount);
    return markedRows(marks, this.mark(marks, start, end));
  }

  /** The rows holding any of the words (their places in the vocabulary), in order. */
  ofWords(ids: ArrayLike<number>): Int32Array {
    if (ids.length === 1) return this.ofRange(ids[0]!, ids[0]! + 1);
    const marks = new Uint8Array(this.rowCount);
    let count = 0;
    for (let k = 0; k < ids.length; k++) count += this.mark(marks, ids[k]!, ids[k]! + 1);
    return markedRows(marks, count);
  }

  /**
   * The rows whose text holds the letter (a–z), in order: letters inside words, for a phrase of one
   * letter being typed ("t), which is inside 40,000 words and 4 million of their rows.
   */
  ofLetter(letter: string): Int32Array {
    const bit = 1 << (letter.charCodeAt(0) - A);
    let count = 0;
    for (let row = 0; row < this.letters.length; row++) if ((this.letters[row]! & bit) !== 0) count++;
    const rows = new Int32Array(count);
    for (let row = 0, at = 0; at < count; row++) if ((this.letters[row]! & bit) !== 0) rows[at++] = row;
    return rows;
  }

  /** Marks (1) the rows of the words from `start` up to `end`; returns how many were not marked yet. */
  private mark(marks: Uint8Array, start: number, end: number): number {
    let count = 0;
    for (let at = this.starts[start]!, last = this.starts[end]!; at < last; at++) {
      const row = this.rows[at]!;
      count += marks[row]! ^ 1;
      marks[row] = 1;
    }
    return count;
  }
}

function markedRows(marks: Uint8Array, count: number): Int32Array {
  const rows = new Int32Array(count);
  for (let row = 0, at = 0; at < count; row++) if (marks[row] === 1) rows[at++] = row;
  return rows;
}

// Latin-1 characters that make words (letters and digits, as words() takes them): the folded texts
// are nearly all Latin-1, and a table answers them without a regular expression.
const LATIN1_WORD_CHARACTER = Uint8Array.from({ length: 256 }, (_, code) => (/[\p{L}\p{Nd}]/u.test(String.fromCharCode(code)) ? 1 : 0));
const FNV_PRIME = 0x01000193;
const A = 97;
const Z = 122;

/** Whether the string is one letter a–z. */
export function isOneLetter(text: string): boolean {
  return text.length === 1 && text.charCodeAt(0) >= A && text.charCodeAt(0) <= Z;
}

/**
 * The vocabulary's words by a hash of their characters, so that a text's words are looked up
 * where they stand rather than cut out as strings first (8 million of them at 100,000 paragraphs:
 * cutting and looking up in a Map took three times as long).
 */
class WordTable {
  private readonly mask: number;
  /** Per slot: a word's hash and id (-1: an empty slot). */
  private readonly slots: Int32Array;
  /** The words' characters one after the other, word i from starts[i]. */
  private readonly characters: Uint16Array;
  private readonly starts: Int32Array;
  /** The letters a–z the last text read holds (bit 0 for a). */
  letters = 0;

  constructor(words: readonly string[]) {
    let size = 1024;
    while (size < words.length * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2).fill(-1);
    this.starts = new Int32Array(words.length + 1);
    words.forEach((word, id) => (this.starts[id + 1] = this.starts[id]! + word.length));
    this.characters = new Uint16Array(this.starts[words.length]!);
    words.forEach((word, id) => {
      for (let k = 0; k < word.length; k++) this.characters[this.starts[id]! + k] = word.charCodeAt(k);
      const hash = hashOf(word);
      let slot = hash & this.mask;
      while (this.slots[slot * 2 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = id;
    });
  }

  /** Writes the ids of the text's words (words() of it, repeats included) into `ids`, long enough for them; returns how many. */
  idsOf(text: string, ids: Int32Array): number {
    let count = 0;
    let at = 0;
    this.letters = 0;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code > 255) return this.idsOfAnyText(text, ids);
      if (LATIN1_WORD_CHARACTER[code] !== 1) {
        at++;
        continue;
      }
      const start = at;
      let hash = 0;
      for (let next = code; at < text.length && (next = text.charCodeAt(at)) <= 255 && LATIN1_WORD_CHARACTER[next] === 1; at++) {
        hash = Math.imul(hash ^ next, FNV_PRIME);
        if (next >= A && next <= Z) this.letters |= 1 << (next - A);
      }
      if (at < text.length && text.charCodeAt(at) > 255) return this.idsOfAnyText(text, ids);
      const id = this.find(text, start, at, hash);
      if (id !== -1) ids[count++] = id;
    }
    return count;
  }

  /** A text with characters beyond Latin-1, read by words() itself (rare: the texts are folded). */
  private idsOfAnyText(text: string, ids: Int32Array): number {
    let count = 0;
    this.letters = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code >= A && code <= Z) this.letters |= 1 << (code - A);
    }
    for (const word of wordsOf(text)) {
      const id = this.find(word, 0, word.length, hashOf(word));
      if (id !== -1) ids[count++] = id;
    }
    return count;
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot * 2 + 1]!;
      if (id === -1) return -1;
      if (this.slots[slot * 2] !== hash || this.starts[id + 1]! - this.starts[id]! !== length) continue;
      const first = this.starts[id]!;
      let k = 0;
      while (k < length && this.characters[first + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }
}

function hashOf(word: string): number {
  let hash = 0;
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
  return hash;
}
