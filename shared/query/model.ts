import type { Addressee, Body, Lang, LangText, Strength } from '../corpus/model';
import type { PrecedentFilters } from './precedentFilters';

/** The columns the results can be sorted by (the text and themes columns are not sortable). */
export const SORT_COLUMNS = ['ref', 'citation', 'strength', 'year', 'body', 'session'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface PrecedentSort {
  column: SortColumn;
  desc: boolean;
}

/** What the window shows: the filters, the language searched, the sort (null: the natural order). */
export interface PrecedentQuery {
  filters: PrecedentFilters;
  lang: Lang;
  sort: PrecedentSort | null;
}

export interface PrecedentPageRequest {
  query: PrecedentQuery;
  offset: number;
  limit: number;
  /** Also count the facets and themes (the window asks with its first page, not while scrolling). */
  withCounts?: boolean;
}

/** One row of the results table: what its cells draw, nothing more. */
export interface PrecedentRowView {
  id: string;
  /** 0 for a top-level paragraph, 1 for a sub-item...: its depth in its document. */
  depth: number;
  adopted: boolean;
  compendiumRef: string | null;
  /** Its text in the query's language, or in the other language where it has none (rowInLanguage). */
  text: LangText;
  /** The typographic citation in each language. */
  citation: Record<Lang, string>;
  /** Its own strengths, or its nearest ancestor's when it has none (a sub-item of "Les États parties devraient :"). */
  strengths: Strength[];
  strengthInherited: boolean;
  themeIds: string[];
  body: Body;
  meeting: number;
  year: number;
}

/** For each choice of a facet, the rows it would show with every other filter as it is. */
export interface FacetCounts {
  bodies: Partial<Record<Body, number>>;
  sessions: Record<string, number>;
  years: Record<string, number>;
  strengths: Partial<Record<Strength, number>>;
  addressees: Partial<Record<Addressee, number>>;
  /** Rows each theme (with its sub-themes) would show with the other filters. */
  themes: Record<string, number>;
}

export interface PrecedentPage {
  /** Rows of the whole result. */
  total: number;
  offset: number;
  rows: PrecedentRowView[];
  counts: FacetCounts | null;
}
