import type { Addressee, Body, CorpusDocument, Strength } from '../corpus/model';

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
