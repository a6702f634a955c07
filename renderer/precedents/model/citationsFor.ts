import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import { LANGS, type Lang } from '../../../shared/corpus/model';
import { formatCitation } from '../../../shared/citation/formatCitation';

export type Citations = ReadonlyMap<string, Record<Lang, string>>;

/** The typographic citation of every paragraph in both languages, computed once per corpus. */
export function citationsFor(index: CorpusIndex): Citations {
  const citations = new Map<string, Record<Lang, string>>();
  for (const paragraph of index.corpus.paragraphs) {
    const entry = { fr: '', en: '' };
    for (const lang of LANGS) entry[lang] = formatCitation(index, [paragraph.id], lang, 'typographic');
    citations.set(paragraph.id, entry);
  }
  return citations;
}
