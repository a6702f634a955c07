import type { Steps } from './steps';
import type { WordRowsParts } from './WordRows';

/**
 * Word lists (WordRows) as bytes, kept between starts (host/db): at 100,000 paragraphs making them
 * again reads 50 MB of texts and takes 1.8–2.3 s, and reading 22 MB of plain lists back from SQLite
 * 150–220 ms. Each word's rows ascend, so they are written as gaps, seven bits a byte (6.3 MB).
 * Layout: five 32-bit integers (format, rows, words, word–row pairs, bytes of gaps), the words'
 * starts, the rows' letters, then the gaps. Integers in the machine's order: the bytes never leave it.
 */
const FORMAT = 1;
const HEADER = 5;
/** Word–row pairs decoded per step (decodeWordRows): about 10 ms here; all 5.6 million at 100,000 paragraphs take 90–100 ms. */
const PAIRS_PER_STEP = 500_000;

export function encodeWordRows({ rowCount, starts, rows, letters }: WordRowsParts): Uint8Array {
  const gaps = new Uint8Array(rows.length * 5);
  let length = 0;
  for (let word = 0; word + 1 < starts.length; word++) {
    let previous = -1;
    for (let at = starts[word]!, end = starts[word + 1]!; at < end; at++) {
      let gap = rows[at]! - previous - 1;
      previous = rows[at]!;
      while (gap >= 0x80) {
        gaps[length++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      gaps[length++] = gap;
    }
  }
  const intCount = HEADER + starts.length + letters.length;
  const bytes = new Uint8Array(intCount * 4 + length);
  const ints = new Int32Array(bytes.buffer, 0, intCount);
  ints.set([FORMAT, rowCount, starts.length - 1, rows.length, length]);
  ints.set(starts, HEADER);
  ints.set(letters, HEADER + starts.length);
  bytes.set(gaps.subarray(0, length), intCount * 4);
  return bytes;
}

/**
 * The lists encodeWordRows wrote, if the bytes are whole and are lists of `rowCount` rows and
 * `wordCount` words (the library's and vocabulary's now); else null, and they are made again.
 * Decoded a step at a time, each step about `pairsPerStep` word–row pairs, so that read ahead a
 * search waits for one step at most.
 */
export function* decodeWordRows(bytes: Uint8Array, rowCount: number, wordCount: number, pairsPerStep = PAIRS_PER_STEP): Steps<WordRowsParts | null> {
  const intCount = HEADER + wordCount + 1 + rowCount;
  if (bytes.byteLength < intCount * 4) return null;
  // Copied: a database hands its bytes at any offset, and 32-bit arrays need one divisible by four.
  const ints = new Int32Array(intCount);
  new Uint8Array(ints.buffer).set(bytes.subarray(0, intCount * 4));
  const [format, rowsOf, wordsOf, pairs = 0, gapBytes = 0] = ints;
  if (format !== FORMAT || rowsOf !== rowCount || wordsOf !== wordCount || bytes.byteLength !== intCount * 4 + gapBytes) return null;
  const starts = ints.subarray(HEADER, HEADER + wordCount + 1);
  const letters = ints.subarray(HEADER + wordCount + 1);
  if (starts[0] !== 0 || starts[wordCount] !== pairs) return null;
  const rows = new Int32Array(pairs);
  // A plain view: element reads on a subclass (Node's Buffer) are slower, and there are millions.
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = data.length;
  let at = intCount * 4;
  let stepEnd = pairsPerStep;
  for (let word = 0; word < wordCount; word++) {
    const end = starts[word + 1]!;
    if (end < starts[word]!) return null;
    if (end > stepEnd) {
      yield;
      stepEnd = starts[word]! + pairsPerStep;
    }
    let row = -1;
    for (let pair = starts[word]!; pair < end; pair++) {
      if (at >= size) return null;
      let byte = data[at++]!;
      let gap = byte & 0x7f;
      // Most gaps take one byte; a row number needs at most five.
      for (let shift = 7; byte >= 0x80; shift += 7) {
        if (at >= size || shift > 28) return null;
        byte = data[at++]!;
        gap |= (byte & 0x7f) << shift;
      }
      row += gap + 1;
      if (gap < 0 || row >= rowCount) return null;
      rows[pair] = row;
    }
  }
  return at === size ? { rowCount, starts, rows, letters } : null;
}
