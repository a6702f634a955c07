import { createContext, useContext } from 'react';
import type { Theme } from '../../../shared/corpus/model';
import type { CatalogDocument, PrecedentCatalog } from '../../../shared/query/PrecedentCatalog';

/** The catalog the window keeps, with lookups by id. */
export interface WindowCatalog {
  catalog: PrecedentCatalog;
  themes: ReadonlyMap<string, Theme>;
  documents: ReadonlyMap<string, CatalogDocument>;
}

export const CatalogContext = createContext<WindowCatalog | null>(null);

export function useCatalog(): WindowCatalog {
  const catalog = useContext(CatalogContext);
  if (!catalog) throw new Error('useCatalog needs <CorpusLoader> above it.');
  return catalog;
}

export function windowCatalog(catalog: PrecedentCatalog): WindowCatalog {
  return { catalog, themes: new Map(catalog.themes.map((theme) => [theme.id, theme])), documents: new Map(catalog.documents.map((document) => [document.id, document])) };
}
