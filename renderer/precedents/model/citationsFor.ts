import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { LANGS, type Lang } from '../../../shared/corpus/model';
import { formatCitation } from '../../../shared/citation/formatCitation';

/** The typographic citation of a paragraph in both languages; undefined for an id the corpus lacks. */
export interface Citations {
  get(paragraphId: string): Record<Lang, string> | undefined;
}

/**
 * Citations of one corpus, each formatted the first time it is asked for and then kept: the
 * table shows a screenful of rows, so formatting all of them would hold back the first one.
 */
export function citationsFor(index: CorpusIndex): Citations {
  const formatted = new Map<string, Record<Lang, string>>();
  return {
    get(paragraphId) {
      let citation = formatted.get(paragraphId);
      if (!citation && index.paragraphs.has(paragraphId)) {
        citation = { fr: '', en: '' };
        for (const lang of LANGS) citation[lang] = formatCitation(index, [paragraphId], lang, 'typographic');
        formatted.set(paragraphId, citation);
      }
      return citation;
    },
  };
}
