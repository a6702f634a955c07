import type { Lang, Paragraph } from '../corpus/model';
import { wordKey, type WordToken } from '../text/normalizeWording';
import { comparableWords, forEachComparableWord } from './comparableWords';
import { Int32Buffer } from './Int32Buffer';

/** Word n-gram size of the retrieval shingles: long enough to be specific, short enough to survive edits. */
const SHINGLE = 3;
/**
 * Shingles in more precedents than this ("trafic illicite de", "les États parties") cost the most
 * to scan and weigh the least (inverse document frequency); past the rarest few, retrieval skips them.
 */
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 1_000;
const RAREST_ALWAYS_USED = 3;
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
 * The precedents of one language, built once: every precedent's words as ids (compact typed
 * arrays, so comparisons need no re-tokenising), an inverted index of word 3-gram shingles for
 * retrieving the precedents that share wording with a query, and one of single words for phrases.
 * Retrieval is on lower-case words, so it is lenient; exact wording is judged on the ids after.
 */
export interface PrecedentIndex {
  lang: Lang;
  paragraphs: readonly Paragraph[];
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

function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1);
  h = Math.imul(h ^ b, 0x85ebca77);
  h = Math.imul(h ^ c, 0xc2b2ae3d);
  return h ^ (h >>> 15);
}

/** Shingles of a word-id sequence (skipping unknown words); a sequence shorter than a shingle is one padded shingle. */
function forEachShingle(ids: Int32Array, visit: (shingle: number) => void): void {
  if (ids.length > 0 && ids.length < SHINGLE && !ids.includes(-1)) visit(shingleHash(ids[0] ?? -2, ids[1] ?? -2, -2));
  for (let i = 0; i + SHINGLE <= ids.length; i++) {
    const a = ids[i] ?? -1;
    const b = ids[i + 1] ?? -1;
    const c = ids[i + 2] ?? -1;
    if (a >= 0 && b >= 0 && c >= 0) visit(shingleHash(a, b, c));
  }
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

function intern(vocabulary: Map<string, number>, word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
  }
  return id;
}

export function buildPrecedentIndex(paragraphs: readonly Paragraph[], lang: Lang): PrecedentIndex {
  const texts = paragraphs.map((paragraph) => paragraph.text[lang] ?? '');
  const looseWords = new Map<string, number>();
  const exactWords = new Map<string, number>();
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

  // Ids per word as written: one look-up per word instead of keying and interning it again.
  const written = new Map<string, [number, number]>();
  texts.forEach((text, precedent) => {
    forEachComparableWord(text, (word, _start, sentenceStart) => {
      let ids = written.get(word);
      if (!ids) {
        const key = wordKey(word);
        ids = [intern(looseWords, key.toLowerCase()), intern(exactWords, key)];
        written.set(word, ids);
      }
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
  const count = texts.length;
  const common = Math.max(COMMON_FLOOR, count * COMMON_SHARE);
  const scores = new Float64Array(count);
  const tokenCache = new Map<number, WordToken[]>();

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
    idsOf,
    idsFor: (tokens) => ({
      loose: Int32Array.from(tokens, (token) => looseWords.get(token.loose) ?? -1),
      exact: Int32Array.from(tokens, (token) => exactWords.get(token.key) ?? -1),
      start: Uint8Array.from(tokens, (token) => (token.sentenceStart ? 1 : 0)),
    }),
    candidates(query, limit, { exclude, rarest = Infinity } = {}) {
      const distinct = new Set<number>();
      forEachShingle(query.loose, (shingle) => distinct.add(shingle));
      const lists = [...distinct]
        .flatMap((shingle) => shinglePostings.get(shingle) ?? [])
        .sort((a, b) => a.length - b.length)
        .slice(0, rarest);
      const touched: number[] = [];
      lists.forEach((postings, rank) => {
        if (rank >= RAREST_ALWAYS_USED && postings.length > common) return;
        const weight = Math.log(1 + count / postings.length);
        for (const precedent of postings) {
          if (scores[precedent] === 0) touched.push(precedent);
          scores[precedent] = (scores[precedent] ?? 0) + weight;
        }
      });
      const best: Candidate[] = [];
      for (const precedent of touched) {
        const score = scores[precedent] ?? 0;
        scores[precedent] = 0;
        if (precedent === exclude || (best.length === limit && score <= (best[limit - 1]?.score ?? 0))) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1]?.score ?? 0) < score) at--;
        best.splice(at, 0, { precedent, score });
        if (best.length > limit) best.pop();
      }
      return best;
    },
    holdingAllWords(query) {
      const lists: Int32Array[] = [];
      for (const id of new Set(query.loose)) {
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
