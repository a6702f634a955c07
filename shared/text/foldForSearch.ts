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
  /** `origins[i]` is the index in the original text of the character that gave `folded[i]`; one extra entry holds the original length. */
  origins: number[];
}

/**
 * The same folding one character at a time, remembering where each folded character came from, so
 * that a match found in folded text can be highlighted in the original. Slower than
 * `foldForSearch`: meant for one paragraph at a time.
 */
export function foldWithOrigins(text: string): FoldedText {
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
  return { folded, origins };
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
