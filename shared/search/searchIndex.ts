import { Index } from 'flexsearch';
import { foldForSearch } from '../text/foldForSearch';
import { isEmptyQuery, parseQuery } from './parseQuery';
import { planQuery } from './planQuery';
import { PostingsIntersection } from './PostingsIntersection';
import { Vocabulary } from './Vocabulary';
import { words } from './words';

/** One paragraph in one language: an index holds a single language. */
export interface SearchDoc {
  id: string;
  text: string;
}

export interface SearchIndex {
  /**
   * Ids of the documents matching every term and phrase of the query, best first; all of them
   * unless `limit` is given. An empty query matches nothing (callers show everything instead).
   */
  search(query: string, options?: { limit?: number }): string[];
}

/**
 * Full-text index over folded text (see foldForSearch). flexsearch holds whole words and ranks
 * each word's documents; prefixes and typos are resolved against the index's own vocabulary into
 * alternative words (OR), whose documents are intersected (AND) and ranked by the rarest part of
 * the query. Phrases are then confirmed on the folded text, so a phrase result always contains
 * the phrase.
 */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const ids = docs.map((doc) => doc.id);
  const foldedTexts = docs.map((doc) => foldForSearch(doc.text));
  // Documents are handed to flexsearch already folded and split: the words it indexes are exactly
  // the words the vocabulary and findMatches see.
  const index = new Index({ tokenize: 'strict', encode: splitOnSpaces, fastupdate: false });
  const vocabularyWords = new Set<string>();
  foldedTexts.forEach((folded, position) => {
    const docWords = words(folded);
    for (const word of docWords) vocabularyWords.add(word);
    if (docWords.length > 0) index.add(position, docWords.join(' '));
  });
  const vocabulary = new Vocabulary(vocabularyWords);

  const intersection = new PostingsIntersection(docs.length);
  // flexsearch ranks a word's documents by where the word stands in them, earliest first.
  const postings = (word: string) => index.search(word, { limit: docs.length }) as number[];

  return {
    search(query, options = {}) {
      const limit = Math.min(options.limit ?? docs.length, docs.length);
      const parsed = parseQuery(query);
      if (isEmptyQuery(parsed) || limit <= 0) return [];
      const plan = planQuery(parsed, vocabulary);
      if (!plan) return [];
      const groups = plan.lookups.map((alternatives) => alternatives.map(postings));
      const holdsPhrases = (doc: number) => plan.phrases.every((phrase) => foldedTexts[doc]!.includes(phrase));
      return intersection.intersect(groups, limit, holdsPhrases).map((doc) => ids[doc]!);
    },
  };
}

function splitOnSpaces(text: string): string[] {
  return text.split(' ');
}
