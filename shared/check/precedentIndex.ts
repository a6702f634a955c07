import type { Lang, Paragraph } from '../corpus/model';
import type { WordToken } from '../text/normalizeWording';
import { comparableWords } from './comparableWords';

/** Word n-gram size of the retrieval shingles: long enough to be specific, short enough to survive edits. */
const SHINGLE = 3;
/** Tokenised precedents kept in memory; the rest are tokenised again when needed. */
const TOKEN_CACHE_LIMIT = 20_000;

export interface Candidate {
  /** Position of the precedent in the index. */
  precedent: number;
  /** Sum of the inverse document frequencies of the shingles shared with the query. */
  score: number;
}

/**
 * The precedents of one language with two inverted indexes (built once): word 3-gram shingles for
 * retrieving the paragraphs that share wording with a query, and single words for phrase look-ups.
 * Words are indexed in lower case so that retrieval is lenient; exact wording is judged later.
 */
export interface PrecedentIndex {
  lang: Lang;
  paragraphs: readonly Paragraph[];
  textOf(precedent: number): string;
  tokensOf(precedent: number): WordToken[];
  /** The `limit` precedents sharing the most (weighted) shingles with the query, best first. */
  candidates(query: readonly WordToken[], limit: number): Candidate[];
  /** Precedents holding every word of the query (in any order), ascending. */
  holdingAllWords(query: readonly WordToken[]): number[];
}

function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1);
  h = Math.imul(h ^ b, 0x85ebca77);
  h = Math.imul(h ^ c, 0xc2b2ae3d);
  return h ^ (h >>> 15);
}

/** Shingles of a word-id sequence (-1: a word no precedent has); a sequence shorter than a shingle is one padded shingle. */
function shinglesOf(ids: readonly number[]): Set<number> {
  const shingles = new Set<number>();
  if (ids.length > 0 && ids.length < SHINGLE && !ids.includes(-1)) shingles.add(shingleHash(ids[0] ?? -2, ids[1] ?? -2, -2));
  for (let i = 0; i + SHINGLE <= ids.length; i++) {
    const a = ids[i] ?? -1;
    const b = ids[i + 1] ?? -1;
    const c = ids[i + 2] ?? -1;
    if (a >= 0 && b >= 0 && c >= 0) shingles.add(shingleHash(a, b, c));
  }
  return shingles;
}

/** Both lists ascending. */
function intersect(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const result: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      result.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return result;
}

function toPostings(lists: Map<number, number[]>): Map<number, Int32Array> {
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of lists) postings.set(key, Int32Array.from(list));
  return postings;
}

export function buildPrecedentIndex(paragraphs: readonly Paragraph[], lang: Lang): PrecedentIndex {
  const texts = paragraphs.map((paragraph) => paragraph.text[lang] ?? '');
  const vocabulary = new Map<string, number>();
  const shingleLists = new Map<number, number[]>();
  const wordLists = new Map<number, number[]>();
  const tokenCache = new Map<number, WordToken[]>();

  const addPosting = (lists: Map<number, number[]>, key: number, precedent: number): void => {
    const list = lists.get(key);
    if (!list) lists.set(key, [precedent]);
    else if (list[list.length - 1] !== precedent) list.push(precedent);
  };

  texts.forEach((text, precedent) => {
    const ids = comparableWords(text).map((token) => {
      let id = vocabulary.get(token.loose);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(token.loose, id);
      }
      return id;
    });
    for (const id of ids) addPosting(wordLists, id, precedent);
    for (const shingle of shinglesOf(ids)) addPosting(shingleLists, shingle, precedent);
  });
  const shinglePostings = toPostings(shingleLists);
  const wordPostings = toPostings(wordLists);
  const scores = new Float64Array(paragraphs.length);
  const count = paragraphs.length;

  const idsOf = (query: readonly WordToken[]): number[] => query.map((token) => vocabulary.get(token.loose) ?? -1);

  return {
    lang,
    paragraphs,
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
    candidates(query, limit) {
      const touched: number[] = [];
      for (const shingle of shinglesOf(idsOf(query))) {
        const postings = shinglePostings.get(shingle);
        if (!postings) continue;
        const weight = Math.log(1 + count / postings.length);
        for (const precedent of postings) {
          if (scores[precedent] === 0) touched.push(precedent);
          scores[precedent] = (scores[precedent] ?? 0) + weight;
        }
      }
      const best: Candidate[] = [];
      for (const precedent of touched) {
        const score = scores[precedent] ?? 0;
        scores[precedent] = 0;
        if (best.length === limit && score <= (best[limit - 1]?.score ?? 0)) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
        best.splice(at, 0, { precedent, score });
        if (best.length > limit) best.pop();
      }
      return best;
    },
    holdingAllWords(query) {
      const lists: Int32Array[] = [];
      for (const id of new Set(idsOf(query))) {
        const postings = id < 0 ? undefined : wordPostings.get(id);
        if (!postings) return [];
        lists.push(postings);
      }
      lists.sort((a, b) => a.length - b.length);
      let result: ArrayLike<number> = lists[0] ?? [];
      for (const list of lists.slice(1)) result = intersect(result, list);
      return Array.from(result);
    },
  };
}
