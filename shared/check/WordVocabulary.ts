import { wordKey } from '../text/normalizeWording';
import { forEachComparableWord } from './comparableWords';
import type { WordIds } from './precedentIndex';

/**
 * The ids a precedent index gives words, in the order it first meets them: `loose` (lower-case key)
 * and `exact` (key). Built in corpus order, the same corpus gets the same ids whoever builds it.
 */
export class WordVocabulary {
  /** Ids per word as written: one look-up per word instead of keying and interning it again. */
  private readonly written = new Map<string, readonly [number, number]>();

  constructor(
    readonly loose = new Map<string, number>(),
    readonly exact = new Map<string, number>(),
  ) {}

  /** The word's [loose, exact] ids, given new ones when it is new. */
  idsOf(word: string): readonly [number, number] {
    let ids = this.written.get(word);
    if (!ids) {
      const key = wordKey(word);
      ids = [intern(this.loose, key.toLowerCase()), intern(this.exact, key)];
      this.written.set(word, ids);
    }
    return ids;
  }

  /** A precedent's words as ids, as buildPrecedentIndex gives them (for an index stored elsewhere). */
  precedentIds(text: string): WordIds {
    const loose: number[] = [];
    const exact: number[] = [];
    const start: number[] = [];
    forEachComparableWord(text, (word, _start, sentenceStart) => {
      const [looseId, exactId] = this.idsOf(word);
      loose.push(looseId);
      exact.push(exactId);
      start.push(sentenceStart ? 1 : 0);
    });
    return { loose: Int32Array.from(loose), exact: Int32Array.from(exact), start: Uint8Array.from(start) };
  }
}

function intern(vocabulary: Map<string, number>, word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
  }
  return id;
}
