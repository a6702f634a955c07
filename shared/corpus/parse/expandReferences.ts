import { isRoman, letterRange, romanRange } from './itemMarkers';

/** A compendium reference as the index prints it, split: part, section roman, path (`22`, `2.e`, `al.5`, `j.ii`). */
export interface IndexReference {
  part: 'A' | 'B' | null;
  section: string;
  path: string;
}

const REFERENCE_TOKEN = /Part(?:ie)?\s+([AB])|\b([IVX]+)\.((?:al\.)?[0-9a-z]+(?:\.[0-9a-z]+)*)|(?<!\p{L})(?:à|to)\s+((?:al\.\s*)?[0-9a-z]+)/gu;

/**
 * Expands a cell of compendium references: "I.21, I.22, I.25 et I.27", "III.19 à 21", "V.2.a à d",
 * "VI.al. 1 à 7 ; VI.6", "Partie B : V.13", merged cells such as "III.31 à 34 VI.19, VI.20 et VI.24";
 * and the English edition's "I.21, I.22, I.25 and I.27", "III.19 to 21", "VI.pp. 1 to 7", "Part B".
 * English preambular paragraphs (`pp.`) are read as `al.`, the references' one spelling.
 */
export function expandReferenceCell(cell: string): IndexReference[] {
  const normalized = cell.replace(/\bpp\.\s*/g, 'al. ').replace(/\b([IVX]+)\.\s+al\.\s*/g, '$1.al.').replace(/\bal\.\s+(\d)/g, 'al.$1');
  const references: IndexReference[] = [];
  let part: 'A' | 'B' | null = null;
  for (const match of normalized.matchAll(REFERENCE_TOKEN)) {
    if (match[1]) {
      part = match[1] as 'A' | 'B';
    } else if (match[2]) {
      references.push({ part, section: match[2], path: match[3]! });
    } else if (match[4]) {
      const last = references.at(-1);
      if (!last) continue;
      const steps = last.path.split('.');
      const from = steps.pop()!;
      const to = match[4].replace(/^al\.\s*/, '');
      for (const value of rangeAfter(from, to)) references.push({ ...last, path: [...steps, value].join('.') });
    }
  }
  return references;
}

/** Values strictly after `from` up to `to`: numbers, letters or roman numerals. */
export function rangeAfter(from: string, to: string): string[] {
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
    const values: string[] = [];
    for (let n = Number(from) + 1; n <= Number(to); n++) values.push(String(n));
    return values;
  }
  if (isRoman(from) && isRoman(to) && from.length + to.length > 2) return romanRange(from, to).slice(1);
  return letterRange(from, to).slice(1);
}

/**
 * Expands a paragraph or recommendation cell of the index into locator paths aligned with the
 * references: "24, 25, 28 et 30", "7 d) et 8 e) et f)", "8 a) à d) et f) et 9", "b) iii)",
 * "al. 1 à 7 ; 6, 7", merged "18 et 36 31 13"; in English "to" and "and", "pp." for "al.".
 */
export function expandLocatorCell(cell: string): string[] {
  const tokens = cell.replace(/\bpp\./g, 'al.').replace(/(?<!\p{L})to(?!\p{L})/gu, 'à').match(/al\.|\d+|[a-z]+\)|(?<!\p{L})à(?!\p{L})|[,;]|\b(?:et|and)\b/gu) ?? [];
  const paths: string[][] = [];
  let currentNumber: string | null = null;
  let previous: string | null = null;
  let pendingRange = false;
  let preamble = false;
  const push = (path: string[]) => {
    const last = paths.at(-1);
    if (pendingRange && last) {
      const from = last.at(-1)!;
      const to = path.at(-1)!;
      for (const value of rangeAfter(from.replace(/^al\./, ''), to.replace(/^al\./, ''))) {
        paths.push([...last.slice(0, -1), from.startsWith('al.') ? `al.${value}` : value]);
      }
      pendingRange = false;
      return;
    }
    paths.push(path);
  };
  for (const token of tokens) {
    if (token === 'al.') {
      preamble = true;
    } else if (/^\d+$/.test(token)) {
      const value = preamble ? `al.${token}` : token;
      if (!preamble) currentNumber = token;
      push([value]);
    } else if (token.endsWith(')')) {
      const item = token.slice(0, -1);
      const last = paths.at(-1);
      if (previous && /^\d+$/.test(previous) && last && !pendingRange) last.push(item);
      else if (previous?.endsWith(')') && last && !pendingRange) last.push(item);
      else push(currentNumber === null ? [item] : [currentNumber, item]);
    } else if (token === 'à') {
      pendingRange = true;
    } else if (token === ';') {
      preamble = false;
    }
    previous = token;
  }
  return paths.map((path) => path.join('.'));
}
