import type { Corpus, CorpusDocument, Theme } from '../corpus/model';
import type { FacetOptions } from './facetOptions';

/** A document as the window knows it: everything but its list of paragraphs, which the host keeps. */
export type CatalogDocument = Omit<CorpusDocument, 'paragraphIds'> & { paragraphCount: number };

/**
 * The small part of the library the window holds for good: documents, themes, what the library
 * covers and the values the facets offer. Paragraphs stay in the host and come by page or by id.
 */
export interface PrecedentCatalog {
  documents: CatalogDocument[];
  themes: Theme[];
  coverage: Corpus['coverage'];
  facetOptions: FacetOptions;
  paragraphCount: number;
  /** What the window should tell the user about the library: the database was made again. */
  notices: CatalogNotice[];
}

export type CatalogNotice = 'database-rebuilt';

export function catalogDocument({ paragraphIds, ...document }: CorpusDocument): CatalogDocument {
  return { ...document, paragraphCount: paragraphIds.length };
}
