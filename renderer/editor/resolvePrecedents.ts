import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import { precedentText } from '../../shared/draft/precedentText';
import type { PrecedentSource } from './nodes/PrecedentNode';

/**
 * What to insert for the given paragraph ids: each paragraph (with its sub-items) in the draft's
 * language, or in the other one when the corpus has only that (the draft then flags it). A
 * sub-item whose parent is also given comes with its parent. Unknown ids are returned apart.
 */
export function resolvePrecedents(index: CorpusIndex, paragraphIds: readonly string[], lang: Lang): { sources: PrecedentSource[]; unknown: string[] } {
  const given = new Set(paragraphIds);
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const sources: PrecedentSource[] = [];
  const unknown: string[] = [];
  for (const paragraphId of given) {
    if (hasGivenAncestor(index, paragraphId, given)) continue;
    const inLang = precedentText(index, paragraphId, lang);
    const inOther = inLang === undefined ? precedentText(index, paragraphId, other) : undefined;
    if (inLang !== undefined) sources.push({ paragraphId, lang, sourceText: inLang });
    else if (inOther !== undefined) sources.push({ paragraphId, lang: other, sourceText: inOther });
    else unknown.push(paragraphId);
  }
  return { sources, unknown };
}

function hasGivenAncestor(index: CorpusIndex, paragraphId: string, given: ReadonlySet<string>): boolean {
  for (let parentId = index.paragraphs.get(paragraphId)?.parentId; parentId; parentId = index.paragraphs.get(parentId)?.parentId) {
    if (given.has(parentId)) return true;
  }
  return false;
}
