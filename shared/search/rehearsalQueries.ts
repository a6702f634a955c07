import { foldForSearch } from '../text/foldForSearch';
import { MIN_PREFIX_LENGTH } from './matchTerm';
import { words } from './words';

/** A word this long has a begun word (the shortest searched as one) shorter than itself, and two middle letters to swap. */
const LEAST_LETTERS = MIN_PREFIX_LENGTH + 2;

/**
 * The searches a delegate's first keys make, written with the words of one paragraph: a letter,
 * a begun word, the whole word, the word mistyped, and a phrase of it and the word after. Run once
 * ahead of the first key, they take each path of the search through the library as it is (its
 * lists, its texts), so that the first keys do not pay for it; none if the text has no long word.
 */
export function rehearsalQueries(text: string): string[] {
  const found = words(foldForSearch(text));
  let at = -1;
  for (let i = 0; i < found.length; i++) if (found[i]!.length >= LEAST_LETTERS && (at === -1 || found[i]!.length > found[at]!.length)) at = i;
  if (at === -1) return [];
  const word = found[at]!;
  const next = found[at + 1];
  // Two letters swapped in the middle: what a quick hand types.
  const mistyped = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
  return [word[0]!, word.slice(0, MIN_PREFIX_LENGTH), word, mistyped, next ? `"${word} ${next}"` : `"${word}"`];
}
