import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Addressee, Body, CorpusDocument, Strength } from '../../../shared/corpus/model';
import { themeParagraphIds } from '../../themes/themeParagraphIds';
import { ancestorIds } from '../model/ancestors';
import { inheritedWording } from '../model/inheritedWording';

export interface PrecedentFilters {
  query: string;
  themeIds: string[];
  bodies: Body[];
  /** Meeting or session keys, see sessionKey(). */
  sessions: string[];
  yearFrom: number | null;
  yearTo: number | null;
  strengths: Strength[];
  addressees: Addressee[];
  /** Report paragraphs that are not adopted text (introduction, deliberations). */
  includeContext: boolean;
}

export const NO_FILTERS: PrecedentFilters = {
  query: '',
  themeIds: [],
  bodies: [],
  sessions: [],
  yearFrom: null,
  yearTo: null,
  strengths: [],
  addressees: [],
  includeContext: false,
};

export function sessionKey(document: Pick<CorpusDocument, 'body' | 'meeting'>): string {
  return `${document.body}:${document.meeting}`;
}

export function hasActiveFilters(filters: PrecedentFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.themeIds.length > 0 ||
    filters.bodies.length > 0 ||
    filters.sessions.length > 0 ||
    filters.yearFrom !== null ||
    filters.yearTo !== null ||
    filters.strengths.length > 0 ||
    filters.addressees.length > 0 ||
    filters.includeContext
  );
}

/**
 * Ids of the paragraphs every active filter accepts. Values within one filter are alternatives
 * (either of two themes); different filters must all hold. `searchHits` is null when there is no query.
 */
export function filterParagraphIds(index: CorpusIndex, filters: PrecedentFilters, searchHits: ReadonlySet<string> | null): Set<string> {
  // The index cites a whole paragraph, so its sub-items belong to the theme as well.
  const themed = filters.themeIds.length > 0 ? themeParagraphIds(index, filters.themeIds) : null;
  const result = new Set<string>();
  for (const paragraph of index.corpus.paragraphs) {
    if (!paragraph.adopted && !filters.includeContext) continue;
    if (searchHits && !searchHits.has(paragraph.id)) continue;
    if (themed && !themed.has(paragraph.id) && !ancestorIds(index, paragraph.id).some((id) => themed.has(id))) continue;
    const document = index.documents.get(paragraph.docId);
    if (!document) continue;
    if (filters.bodies.length > 0 && !filters.bodies.includes(document.body)) continue;
    if (filters.sessions.length > 0 && !filters.sessions.includes(sessionKey(document))) continue;
    if (filters.yearFrom !== null && document.year < filters.yearFrom) continue;
    if (filters.yearTo !== null && document.year > filters.yearTo) continue;
    if (filters.strengths.length > 0 || filters.addressees.length > 0) {
      const wording = inheritedWording(index, paragraph);
      if (filters.strengths.length > 0 && !wording.strengths.some((s) => filters.strengths.includes(s))) continue;
      if (filters.addressees.length > 0 && !wording.addressees.some((a) => filters.addressees.includes(a))) continue;
    }
    result.add(paragraph.id);
  }
  return result;
}
