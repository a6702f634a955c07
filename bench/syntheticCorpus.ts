export { corpusSentences } from '../e2e/utils/variedReports';
import type { SearchDoc } from '../shared/search/searchIndex';
import { seededRandom } from '../shared/check/evaluation/seededRandom';

/**
 * `count` paragraphs of one to four sentences drawn from `sentences`, the same for the same seed,
 * so that figures measured on different days compare.
 */
export function makeSyntheticParagraphs(sentences: readonly string[], count: number, seed: number): SearchDoc[] {
  if (sentences.length === 0) throw new Error('makeSyntheticParagraphs needs at least one sentence');
  const random = seededRandom(seed);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(random() * 4);
    const picked: string[] = [];
    for (let k = 0; k < length; k++) picked.push(sentences[Math.floor(random() * sentences.length)]!);
    docs.push({ id: `synthetic-${i}`, text: picked.join(' ') });
  }
  return docs;
}
