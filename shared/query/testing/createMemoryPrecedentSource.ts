import type { CorpusIndex } from '../../corpus/corpusIndex';
import type { Lang } from '../../corpus/model';
import { createSearchIndex, type SearchIndex } from '../../search/searchIndex';
import { buildPrecedentFacts } from './buildPrecedentFacts';
import { precedentRowView } from '../precedentRowView';
import type { PrecedentSource } from '../PrecedentSource';

/**
 * A source over a corpus held in memory, the reference the database's source is tested against:
 * the facts built at once, each language's search index the first time that language is searched.
 */
export function createMemoryPrecedentSource(index: CorpusIndex): PrecedentSource {
  const facts = buildPrecedentFacts(index);
  const rowOf = new Map(facts.ids.map((id, row) => [id, row]));
  const searchIndexes = new Map<Lang, SearchIndex>();
  const searchIndex = (lang: Lang): SearchIndex => {
    let built = searchIndexes.get(lang);
    if (!built) {
      const other: Lang = lang === 'fr' ? 'en' : 'fr';
      // A paragraph the sources give only in the other language is searched in that language, the
      // one the user can reveal, rather than dropping out of every search.
      built = createSearchIndex(facts.ids.map((id) => ({ id, text: index.paragraphs.get(id)?.text[lang] ?? index.paragraphs.get(id)?.text[other] ?? '' })));
      searchIndexes.set(lang, built);
    }
    return built;
  };
  return {
    facts,
    searchRows(query, lang) {
      const marks = new Uint8Array(facts.ids.length);
      for (const id of searchIndex(lang).search(query)) marks[rowOf.get(id)!] = 1;
      return marks;
    },
    rowViews: (rows) => rows.map((row) => precedentRowView(index, index.paragraphs.get(facts.ids[row]!)!)),
    paragraphs: (ids) => ids.flatMap((id) => index.paragraphs.get(id) ?? []),
  };
}
