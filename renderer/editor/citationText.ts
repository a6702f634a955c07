import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import { formatCitation } from '../../shared/citation/formatCitation';
import { precedentText } from '../../shared/draft/precedentText';

export interface CitationText {
  /** The formatted citation, or the bare paragraph id when the corpus no longer has it. */
  citation: string;
  known: boolean;
  /** The cited paragraph's text (with its sub-items) in `lang`, else in the other language, else null. */
  source: { text: string; lang: Lang } | null;
}

export function citationText(index: CorpusIndex, paragraphId: string, lang: Lang): CitationText {
  if (!index.paragraphs.has(paragraphId)) return { citation: paragraphId, known: false, source: null };
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const inLang = precedentText(index, paragraphId, lang);
  const inOther = precedentText(index, paragraphId, other);
  return {
    citation: formatCitation(index, [paragraphId], lang, 'typographic'),
    known: true,
    source: inLang !== undefined ? { text: inLang, lang } : inOther !== undefined ? { text: inOther, lang: other } : null,
  };
}
