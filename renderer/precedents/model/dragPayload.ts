import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../shared/corpus/model';
import type { Citations } from './citationsFor';
import { shownText } from './shownText';

/**
 * What a dragged selection carries: the ids for the draft (which inserts the text with its
 * citation itself), and plain text with citations for any other drop target.
 */
export function dragPayload(index: CorpusIndex, citations: Citations, ids: readonly string[], lang: Lang): { ids: string; plain: string } {
  const plain = ids.flatMap((id) => {
    const paragraph = index.paragraphs.get(id);
    if (!paragraph) return [];
    const shown = shownText(paragraph.text, lang);
    const text = shown.text ?? shown.fallback?.text ?? '';
    const citation = citations.get(id)?.[shown.text !== null ? lang : (shown.fallback?.lang ?? lang)] ?? id;
    return [`${text} (${citation})`];
  });
  return { ids: JSON.stringify(ids), plain: plain.join('\n\n') };
}
