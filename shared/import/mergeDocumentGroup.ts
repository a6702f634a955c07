import type { Corpus, CorpusDocument } from '../corpus/model';
import { paragraphsByCompendiumKey } from './compendium/compendiumKeys';
import type { ImportedCompendium } from './compendium/model';
import { documentKey } from './documentKey';
import { mergeLibrary } from './mergeLibrary';
import type { ImportedDocument } from './model';

/**
 * The document a library file joins: the document already holding its symbol, else a new one
 * keyed by its symbol, else by a short key not yet taken (as mergeLibrary keys it).
 */
export function targetDocumentId(file: ImportedDocument, documentWithSymbol: (symbol: string) => string | null, isTaken: (key: string) => boolean): string {
  const { symbol } = file.metadata;
  if (symbol !== null) return documentWithSymbol(symbol) ?? symbol;
  return documentKey(file.metadata, file.libraryId, isTaken);
}

/**
 * One document merged on its own: a bundled document (or none) and the library files that join
 * it, exactly as mergeLibrary merges them within the whole library. Documents join one another
 * only by symbol, so a document can be merged apart from the others; `takenKeys` stands for the
 * others' keys, so a new short key does not collide with them. `base` is the bundled corpus with
 * the user's metadata and theme suggestions already applied (mergeLibrary of it alone, without
 * the editions). The editions are applied after the files, as mergeLibrary does, limited to the
 * group's paragraphs: what they say of the others (a reference that lines up with nothing, the
 * themes) belongs to the whole corpus, not to this document.
 */
export function mergeDocumentGroup(
  base: Corpus,
  bundledDocId: string | null,
  files: readonly ImportedDocument[],
  takenKeys: ReadonlySet<string>,
  editions: readonly ImportedCompendium[] = [],
): { documents: CorpusDocument[]; corpus: Corpus } {
  const bundled = bundledDocId === null ? undefined : base.documents.find((document) => document.id === bundledDocId);
  const placeholders = [...takenKeys].filter((key) => key !== bundledDocId).map(placeholderDocument);
  const paragraphIds = new Set(bundled?.paragraphIds ?? []);
  const subset: Corpus = {
    ...base,
    documents: [...(bundled ? [bundled] : []), ...placeholders],
    paragraphs: base.paragraphs.filter((paragraph) => paragraphIds.has(paragraph.id)),
    dataQuality: [],
  };
  const keys = paragraphsByCompendiumKey(subset);
  const compendiums = editions.map((imported) => ({ ...imported, edition: { ...imported.edition, entries: imported.edition.entries.filter((entry) => keys.has(entry.reference)), themes: [] } }));
  const merged = mergeLibrary(subset, { documents: [...files], metadata: [], compendiums });
  const placeholderIds = new Set(placeholders.map((document) => document.id));
  const documents = merged.documents.filter((document) => !placeholderIds.has(document.id));
  return { documents, corpus: merged };
}

/** Stands for a document of another group: only its key counts. */
function placeholderDocument(key: string): CorpusDocument {
  return {
    id: key,
    symbol: null,
    shortKey: key,
    body: 'wg',
    kind: 'report',
    meeting: 0,
    number: null,
    year: Number.NaN,
    dates: null,
    place: null,
    title: {},
    languages: [],
    originalLanguage: null,
    locatorScheme: 'paragraph',
    qualifyingChapeauId: null,
    compendiumSection: null,
    paragraphIds: [],
    metadataSources: {},
  };
}
