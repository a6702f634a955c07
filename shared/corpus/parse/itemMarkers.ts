/** Sub-item markers of the sources: letters a), b), ... and lower-case roman numerals i), ii), ... */

const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

export function nextLetter(letter: string | null): string {
  return letter === null ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);
}

export function nextRoman(roman: string | null): string | undefined {
  return roman === null ? 'i' : ROMANS[ROMANS.indexOf(roman) + 1];
}

export function romanValue(roman: string): number {
  return ROMANS.indexOf(roman.toLowerCase()) + 1;
}

/** Upper-case roman numeral of compendium sections and index references (I to XII). */
export function upperRomanValue(roman: string): number {
  return romanValue(roman.toLowerCase());
}

export function letterRange(from: string, to: string): string[] {
  const letters: string[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) letters.push(String.fromCharCode(code));
  return letters;
}

export function romanRange(from: string, to: string): string[] {
  return ROMANS.slice(romanValue(from) - 1, romanValue(to));
}

export function isRoman(marker: string): boolean {
  return ROMANS.includes(marker);
}

/**
 * `a) text`, `- a)* text` (markdown list artefacts already stripped of `*`), and the English
 * documents' `(a) text`: marker, rest, and the label as printed (`a)` or `(a)`).
 */
export function matchItemMarker(cleanLine: string): { marker: string; rest: string; label: string } | null {
  const match = /^-?\s*(\(?)([a-z]{1,4})\)\s*(.*)$/.exec(cleanLine);
  return match ? { marker: match[2]!, rest: match[3]!, label: `${match[1]}${match[2]})` } : null;
}
