import { formatCitation } from '../citation/formatCitation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { EXPORT_LABELS } from './exportLabels';

/**
 * The citation of one paragraph as Word shows it. A draft may cite a paragraph the library no
 * longer has (a draft saved with an older corpus): the export says so rather than failing.
 */
export function citeParagraph(index: CorpusIndex, paragraphId: string, lang: Lang): string {
  if (!index.paragraphs.has(paragraphId)) return EXPORT_LABELS[lang].unknownParagraph(paragraphId);
  return formatCitation(index, [paragraphId], lang, 'typographic');
}
