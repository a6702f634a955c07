import { useCallback } from 'react';
import { formatCitation } from '../../shared/citation/formatCitation';
import type { Lang } from '../../shared/corpus/model';
import { useHeldParagraphs } from '../app/corpus/ParagraphsContext';

/** A precedent's citation as the draft would print it, in the language of the checked text; its id until the window holds it. */
export function useCitation(): (paragraphId: string, lang: Lang) => string {
  const index = useHeldParagraphs();
  return useCallback((paragraphId, lang) => (index.paragraphs.has(paragraphId) ? formatCitation(index, [paragraphId], lang, 'typographic') : paragraphId), [index]);
}
