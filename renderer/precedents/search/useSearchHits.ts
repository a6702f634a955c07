import { useMemo } from 'react';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../shared/corpus/model';
import { createSearchIndex, type SearchIndex } from '../../../shared/search/searchIndex';
import { otherLang } from '../model/shownText';

/**
 * Ids of the paragraphs matching the query in the content language, or null without a query.
 * A paragraph the sources give only in the other language is searched in that language, the one
 * the user can reveal, rather than dropping out of every search.
 */
export function useSearchHits(index: CorpusIndex, query: string, lang: Lang): ReadonlySet<string> | null {
  // One index per content language, built the first time that language is searched.
  const indexes = useMemo(() => {
    const built = new Map<Lang, SearchIndex>();
    return (wanted: Lang): SearchIndex => {
      let searchIndex = built.get(wanted);
      if (!searchIndex) {
        const docs = index.corpus.paragraphs.map((paragraph) => ({ id: paragraph.id, text: paragraph.text[wanted] ?? paragraph.text[otherLang(wanted)] ?? '' }));
        searchIndex = createSearchIndex(docs);
        built.set(wanted, searchIndex);
      }
      return searchIndex;
    };
  }, [index]);

  return useMemo(() => {
    if (query.trim() === '') return null;
    return new Set(indexes(lang).search(query, { limit: index.corpus.paragraphs.length }));
  }, [indexes, query, lang, index]);
}
