import type { Lang, Paragraph } from '../corpus/model';
import type { WordToken } from '../text/normalizeWording';
import { comparableWords, forEachComparableWord } from './comparableWords';
import { Int32Buffer } from './Int32Buffer';
import { forEachShingle, postingRetrieval } from './postingRetrieval';
import { WordVocabulary } from './WordVocabulary';

/** Tokenised precedents kept in memory; the rest are tokenised again when needed. */
const TOKEN_CACHE_LIMIT = 5_000;

/**
 * A text's words as integers: `loose` (lower-case key) and `exact` (key) ids from the index's
 * vocabularies, -1 for a word no precedent has, and `start` = 1 for a sentence-initial word.
 * Equality follows `sameWord`: same exact id, or same loose id where either word starts a sentence.
 */
export interface WordIds {
  loose: Int32Array;
  exact: Int32Array;
  start: Uint8Array;
}

export function sameWordAt(a: WordIds, i: number, b: WordIds, j: number): boolean {
  const loose = a.loose[i];
  if (loose === -1) return false;
  return a.exact[i] === b.exact[j] || ((a.start[i] === 1 || b.start[j] === 1) && loose === b.loose[j]);
}

export interface Candidate {
  /** Position of the precedent in the index. */
  precedent: number;
  /** Sum of the inverse document frequencies of the shingles shared with the query. */
  score: number;
}

/**
 * The precedents of one language (adopted paragraphs with a text in it), numbered in corpus order:
 * every precedent's words as ids (compact typed arrays, so comparisons need no re-tokenising),
 * word 3-gram shingles for retrieving the precedents that share wording with a query, and single
 * words for phrases. Retrieval is on lower-case words, so it is lenient; exact wording is judged on
 * the ids after. Built in memory (buildPrecedentIndex) or read from the library database (the host).
 */
export interface PrecedentIndex {
  lang: Lang;
  /** How many precedents it holds. */
  count: number;
  idOf(precedent: number): string;
  /** The precedent with this paragraph id, if the index holds it. */
  precedentOf(paragraphId: string): number | undefined;
  textOf(precedent: number): string;
  /** Tokens with offsets into the precedent's text (for comparisons shown to the user). */
  tokensOf(precedent: number): WordToken[];
  idsOf(precedent: number): WordIds;
  /** A query's words as ids of this index. */
  idsFor(tokens: readonly WordToken[]): WordIds;
  /**
   * The `limit` precedents sharing the most (weighted) shingles with the query, best first. With
   * `rarest`, only that many of the query's rarest shingles are looked up: enough to find texts
   * that share nearly all of the query's wording, at a fraction of the cost.
   */
  candidates(query: WordIds, limit: number, options?: { exclude?: number; rarest?: number }): Candidate[];
  /** Precedents holding every word of the query (in any order, any case), ascending. */
  holdingAllWords(query: WordIds): number[];
}

export function buildPrecedentIndex(paragraphs: readonly Paragraph[], lang: Lang): PrecedentIndex {
  const texts = paragraphs.map((paragraph) => paragraph.text[lang] ?? '');
  const vocabulary = new WordVocabulary();
  const loose = new Int32Buffer();
  const exact = new Int32Buffer();
  const starts = new Int32Buffer();
  const offsets = new Int32Array(texts.length + 1);
  const shingleLists = new Map<number, number[]>();
  const wordLists = new Map<number, number[]>();
  const addPosting = (lists: Map<number, number[]>, key: number, precedent: number): void => {
    const list = lists.get(key);
    if (!list) lists.set(key, [precedent]);
    else if (list[list.length - 1] !== precedent) list.push(precedent);
  };

  texts.forEach((text, precedent) => {
    forEachComparableWord(text, (word, _start, sentenceStart) => {
      const ids = vocabulary.idsOf(word);
      loose.push(ids[0]);
      exact.push(ids[1]);
      starts.push(sentenceStart ? 1 : 0);
      addPosting(wordLists, ids[0], precedent);
    });
    offsets[precedent + 1] = loose.length;
  });
  const looseIds = loose.toArray();
  const exactIds = exact.toArray();
  const startFlags = Uint8Array.from(starts.toArray());
  const idsOf = (precedent: number): WordIds => {
    const [from, to] = [offsets[precedent] ?? 0, offsets[precedent + 1] ?? 0];
    return { loose: looseIds.subarray(from, to), exact: exactIds.subarray(from, to), start: startFlags.subarray(from, to) };
  };
  for (let precedent = 0; precedent < texts.length; precedent++) {
    forEachShingle(idsOf(precedent).loose, (shingle) => addPosting(shingleLists, shingle, precedent));
  }
  const shinglePostings = toPostings(shingleLists);
  const wordPostings = toPostings(wordLists);
  const positions = new Map(paragraphs.map((paragraph, i) => [paragraph.id, i]));
  const tokenCache = new Map<number, WordToken[]>();

  return {
    lang,
    count: texts.length,
    idOf: (precedent) => paragraphs[precedent]?.id ?? '',
    precedentOf: (paragraphId) => positions.get(paragraphId),
    textOf: (precedent) => texts[precedent] ?? '',
    tokensOf(precedent) {
      let tokens = tokenCache.get(precedent);
      if (!tokens) {
        if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
        tokens = comparableWords(texts[precedent] ?? '');
        tokenCache.set(precedent, tokens);
      }
      return tokens;
    },
    idsOf,
    idsFor: (tokens) => idsForTokens(tokens, vocabulary.loose, vocabulary.exact),
    ...postingRetrieval(texts.length, inMemory(shinglePostings), inMemory(wordPostings)),
  };
}

/** A query's words as ids of `loose` and `exact` vocabularies (-1: no precedent has the word). */
export function idsForTokens(tokens: readonly WordToken[], loose: { get(word: string): number | undefined }, exact: { get(word: string): number | undefined }): WordIds {
  return {
    loose: Int32Array.from(tokens, (token) => loose.get(token.loose) ?? -1),
    exact: Int32Array.from(tokens, (token) => exact.get(token.key) ?? -1),
    start: Uint8Array.from(tokens, (token) => (token.sentenceStart ? 1 : 0)),
  };
}

function inMemory(postings: ReadonlyMap<number, Int32Array>) {
  return { lengthsOf: (keys: readonly number[]) => keys.map((key) => postings.get(key)?.length ?? 0), listOf: (key: number) => postings.get(key) ?? [] };
}

function toPostings(lists: Map<number, number[]>): Map<number, Int32Array> {
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of lists) postings.set(key, Int32Array.from(list));
  return postings;
}
