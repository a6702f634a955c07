export { corpusSentences } from '../e2e/utils/variedReports';
import type { SearchDoc } from '../shared/search/searchIndex';

/**
 * `count` paragraphs of one to four sentences drawn from `sentences`, the same for the same seed,
 * so that figures measured on different days compare.
 */
export function makeSyntheticParagraphs(sentences: readonly string[], count: number, seed: number): SearchDoc[] {
  if (sentences.length === 0) throw new Error('makeSyntheticParagraphs needs at least one sentence');
  const random = mulberry32(seed);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(random() * 4);
    const picked: string[] = [];
    for (let k = 0; k < length; k++) picked.push(sentences[Math.floor(random() * sentences.length)]!);
    docs.push({ id: `synthetic-${i}`, text: picked.join(' ') });
  }
  return docs;
}

// A small, well-known seeded generator (Tommy Ettinger's Mulberry32); Math.random cannot be seeded.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
