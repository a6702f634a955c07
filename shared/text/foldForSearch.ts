const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ]/g;
const QUOTES = /[«»“”„]/g;
const HYPHENS = /[‐‑]/g;
// Only runs that are not already a single plain space: rewriting every space is slow on large texts.
const WHITESPACE = /[^\S ]\s*| \s+/g;

/**
 * The form in which text and queries are compared: lower case, accents removed, typographic
 * apostrophes, quotes, hyphens and ligatures reduced to what a keyboard types, and any run of
 * whitespace (non-breaking and narrow non-breaking spaces included) turned into one space.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(HYPHENS, '-')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(WHITESPACE, ' ');
}

export interface FoldedText {
  folded: string;
  /** The index in the original text of the character that gave `folded[index]`; `originOf(folded.length)` is the original length. */
  originOf(index: number): number;
}

/**
 * Texts whose every character folds to exactly one character: printable ASCII, Latin-1 and Latin
 * Extended-A but for the ligatures (æ, œ), general punctuation and the narrow space French
 * typography puts before signs; whitespace also folds to one space, unless two stand together (a
 * run becomes one).
 */
const FOLDS_ONE_TO_ONE = /^[\x20-\x7E\u00A0-\u00C5\u00C7-\u00E5\u00E7-\u0151\u0154-\u017F\u2010-\u2027\u202F]*$/;
const WHITESPACE_RUN = /\s\s/;

/**
 * The same folding, remembering where each folded character came from, so that a match found in
 * folded text can be highlighted in the original. Most paragraphs fold each character to one:
 * their folded characters come from the same offsets, and the folding is done at once. The others
 * are folded one character at a time, slower: meant for one paragraph at a time.
 */
export function foldWithOrigins(text: string): FoldedText {
  // Folded natively: the loop below runs in the window for every new row a key shows, often
  // before V8 has optimised it.
  if (FOLDS_ONE_TO_ONE.test(text) && !WHITESPACE_RUN.test(text)) return { folded: foldForSearch(text), originOf: (index) => index };
  return foldEachCharacter(text);
}

function foldEachCharacter(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    if (!(piece === ' ' && folded.endsWith(' '))) {
      folded += piece;
      for (let k = 0; k < piece.length; k++) origins.push(index);
    }
    index += character.length;
  }
  origins.push(text.length);
  return { folded, originOf: (at) => origins[at]! };
}

const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x80) return (code >= 0x09 && code <= 0x0d) || code === 0x20 ? ' ' : character.toLowerCase();
  let piece = foldedCharacters.get(character);
  if (piece === undefined) {
    piece = foldForSearch(character);
    foldedCharacters.set(character, piece);
  }
  return piece;
}
