import { useMemo } from 'react';
import { formatCitation } from '../../../shared/citation/formatCitation';
import type { Lang } from '../../../shared/corpus/model';
import { useParagraphCache } from '../../app/corpus/ParagraphsContext';

/** The typographic citation of a paragraph in both languages, formatted when the detail asks; undefined until the window holds the paragraph. */
export function useCitations(): { get(id: string): Record<Lang, string> | undefined } {
  const { index } = useParagraphCache();
  return useMemo(
    () => ({
      get: (id: string) => (index.paragraphs.has(id) ? { fr: formatCitation(index, [id], 'fr', 'typographic'), en: formatCitation(index, [id], 'en', 'typographic') } : undefined),
    }),
    [index],
  );
}
