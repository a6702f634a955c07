import { foldForSearch } from '../text/foldForSearch';
import { words } from './words';

export interface Phrase {
  /** The folded phrase as typed between the quotes, trimmed. */
  text: string;
  words: string[];
}

/** A query folded and split: every term and every phrase must match (AND). */
export interface ParsedQuery {
  terms: string[];
  phrases: Phrase[];
}

/**
 * Text between double quotes (any kind: " « » “ ”) is a phrase; an unclosed quote runs to the
 * end, so a phrase being typed already narrows the results. Everything else is single terms.
 */
export function parseQuery(query: string): ParsedQuery {
  const parts = foldForSearch(query).split('"');
  const terms: string[] = [];
  const phrases: Phrase[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      terms.push(...words(part));
      return;
    }
    const text = part.trim();
    const phraseWords = words(text);
    // A phrase without letters or digits ("--") cannot be looked up; it constrains nothing.
    if (phraseWords.length > 0) phrases.push({ text, words: phraseWords });
  });
  return { terms: [...new Set(terms)], phrases };
}

/**
 * The phrase a query ends in while it is typed on past a space (`"trafic ` gives "trafic"): the
 * next key begins its next word. Null when the query ends otherwise.
 */
export function phraseGoingOn(query: string): string | null {
  const parts = foldForSearch(query).split('"');
  // An even number of parts: the last quote is open, and the last part is a phrase.
  const last = parts.length % 2 === 0 ? parts.at(-1)! : '';
  if (!/\s$/u.test(last)) return null;
  const text = last.trim();
  return words(text).length > 0 ? text : null;
}

export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0 && parsed.phrases.length === 0;
}

/** A query with no word to look up (a quote just typed, "--") narrows nothing: the table shows every row. */
export function isBlankQuery(query: string): boolean {
  return isEmptyQuery(parseQuery(query));
}
