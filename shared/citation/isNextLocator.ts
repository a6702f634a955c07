import type { Locator } from '../corpus/model';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

function followsItem(previous: string, next: string): boolean {
  // "i" is both the ninth letter and roman one: either successor counts, siblings use one system.
  const romanIndex = ROMAN.indexOf(previous);
  if (romanIndex >= 0 && ROMAN[romanIndex + 1] === next) return true;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}

/**
 * Whether `next` is the sibling numbered right after `previous` (25 after 24, c) after b), iii)
 * after ii)), by the document's numbering rather than by what the corpus happens to hold.
 */
export function isNextLocator(previous: Locator, next: Locator): boolean {
  const previousItem = previous.items.at(-1);
  const nextItem = next.items.at(-1);
  if (previousItem === undefined || nextItem === undefined) {
    return previousItem === nextItem && previous.number !== null && next.number === previous.number + 1;
  }
  return followsItem(previousItem.toLowerCase(), nextItem.toLowerCase());
}
