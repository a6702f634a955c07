import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../../shared/corpus/model';

/** A compendium paragraph (`A:I.22`) with its French text; the tests that quote it cannot run without it. */
export function compendiumParagraph(index: CorpusIndex, ref: string): Paragraph {
  const paragraph = index.byCompendiumRef.get(ref);
  if (!paragraph?.text.fr) throw new Error(`${ref} with its French text is in the corpus`);
  return paragraph;
}
