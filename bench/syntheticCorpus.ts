import type { Corpus } from '../shared/corpus/model';
import type { SearchDoc } from '../shared/search/searchIndex';
import { seededRandom } from '../shared/check/evaluation/seededRandom';

// A sentence ends at . ! ? or … followed by a capital (or an opening quote or bracket): "par. 25",
// "art. 6" and "p. ex." stay whole because a figure or a lower-case word follows them, and "M."
// before a name because a lone capital before the full stop is an initial.
const SENTENCE_END = /(?<=[.!?…])(?<!(?:^|[\s(])\p{Lu}\.)\s+(?=[«"“(\p{Lu}])/u;
const MIN_SENTENCE_LENGTH = 20;

/** The distinct sentences of the corpus's French paragraph texts, in corpus order. */
export function corpusSentences(corpus: Corpus): string[] {
  const sentences = new Set<string>();
  for (const paragraph of corpus.paragraphs) {
    const text = paragraph.text.fr;
    if (!text) continue;
    for (const sentence of text.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (trimmed.length >= MIN_SENTENCE_LENGTH) sentences.add(trimmed);
    }
  }
  return [...sentences];
}

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
