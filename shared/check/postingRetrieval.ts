import type { Candidate, PrecedentIndex, WordIds } from './precedentIndex';

/** Word n-gram size of the retrieval shingles: long enough to be specific, short enough to survive edits. */
const SHINGLE = 3;
/**
 * Shingles in more precedents than this ("trafic illicite de", "les États parties") cost the most
 * to scan and weigh the least (inverse document frequency); past the rarest few, retrieval skips them.
 */
const COMMON_SHARE = 0.02;
const COMMON_FLOOR = 1_000;
const RAREST_ALWAYS_USED = 3;

/**
 * Posting lists by key (a shingle's hash, or a word's loose id), however they are stored: in
 * memory (buildPrecedentIndex) or in the library database (the host). Precedents are numbered in
 * corpus order, so that ties fall the same way whatever holds the lists.
 */
export interface Postings {
  /** How many precedents hold each key (0 when none): asked for all of a query's keys at once. */
  lengthsOf(keys: readonly number[]): ArrayLike<number>;
  /** The precedents holding the key, ascending. */
  listOf(key: number): ArrayLike<number>;
}

function shingleHash(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1);
  h = Math.imul(h ^ b, 0x85ebca77);
  h = Math.imul(h ^ c, 0xc2b2ae3d);
  return h ^ (h >>> 15);
}

/** Shingles of a word-id sequence (skipping unknown words); a sequence shorter than a shingle is one padded shingle. */
export function forEachShingle(ids: Int32Array, visit: (shingle: number) => void): void {
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

/** Retrieval over `count` precedents' shingle and word postings: the same ranking whatever stores them. */
export function postingRetrieval(count: number, shingles: Postings, words: Postings): Pick<PrecedentIndex, 'candidates' | 'holdingAllWords'> {
  const common = Math.max(COMMON_FLOOR, count * COMMON_SHARE);
  const scores = new Float64Array(count);
  return {
    candidates(query: WordIds, limit: number, { exclude, rarest = Infinity }: { exclude?: number; rarest?: number } = {}): Candidate[] {
      const distinct = new Set<number>();
      forEachShingle(query.loose, (shingle) => distinct.add(shingle));
      const keys = [...distinct];
      const lengths = shingles.lengthsOf(keys);
      const lists = keys
        .flatMap((shingle, i) => {
          const length = lengths[i] ?? 0;
          return length === 0 ? [] : [{ shingle, length }];
        })
        .sort((a, b) => a.length - b.length)
        .slice(0, rarest);
      const touched: number[] = [];
      lists.forEach(({ shingle, length }, rank) => {
        if (rank >= RAREST_ALWAYS_USED && length > common) return;
        const weight = Math.log(1 + count / length);
        const postings = shingles.listOf(shingle);
        for (let i = 0; i < postings.length; i++) {
          const precedent = postings[i] as number;
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
    holdingAllWords(query: WordIds): number[] {
      const ids = [...new Set(query.loose)];
      if (ids.some((id) => id < 0)) return [];
      const lengths = words.lengthsOf(ids);
      const keys = ids.map((id, i) => ({ id, length: lengths[i] ?? 0 }));
      if (keys.some((key) => key.length === 0)) return [];
      keys.sort((a, b) => a.length - b.length);
      let result: ArrayLike<number> = keys[0] ? words.listOf(keys[0].id) : [];
      for (const { id } of keys.slice(1)) result = intersect(result, words.listOf(id));
      return Array.from(result);
    },
  };
}

/** The keys a precedent is listed under: its distinct shingles and its distinct words' loose ids. */
export function postingKeys(loose: Int32Array): { shingles: Set<number>; words: Set<number> } {
  const shingles = new Set<number>();
  forEachShingle(loose, (shingle) => shingles.add(shingle));
  return { shingles, words: new Set(loose) };
}
