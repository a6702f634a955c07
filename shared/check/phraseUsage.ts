import { tokenizeWords } from '../text/normalizeWording';
import type { PhraseUsage } from './model';
import { sameWordAt, type PrecedentIndex, type WordIds } from './precedentIndex';

function containsRun(words: WordIds, phrase: WordIds): boolean {
  const length = phrase.loose.length;
  for (let i = 0; i + length <= words.loose.length; i++) {
    let k = 0;
    while (k < length && sameWordAt(phrase, k, words, i + k)) k++;
    if (k === length) return true;
  }
  return false;
}

/** Paragraphs in corpus order, each with its document's year. */
export type CorpusPlaces = (paragraphIds: ReadonlySet<string>) => { id: string; year: number | undefined }[];

/**
 * How established a formulation is: the precedents whose wording contains the phrase (same words
 * in the same order, typography aside) and the years of their documents.
 */
export function phraseUsage(phrase: string, indexes: readonly PrecedentIndex[], places: CorpusPlaces): PhraseUsage {
  const words = tokenizeWords(phrase);
  const found = new Set<string>();
  if (words.length > 0) {
    for (const index of indexes) {
      const query = index.idsFor(words);
      for (const precedent of index.holdingAllWords(query)) {
        if (containsRun(index.idsOf(precedent), query)) found.add(index.idOf(precedent));
      }
    }
  }
  const placed = found.size > 0 ? places(found) : [];
  const paragraphIds = placed.map((paragraph) => paragraph.id);
  const perYear = new Map<number, number>();
  for (const { year } of placed) {
    if (year !== undefined) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }));
  return {
    phrase,
    paragraphIds,
    count: paragraphIds.length,
    years,
    firstYear: years[0]?.year ?? null,
    lastYear: years[years.length - 1]?.year ?? null,
  };
}
