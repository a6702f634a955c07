import type { ImportedCompendium } from './compendium/model';
import type { Body, CorpusDocument, DocumentKind, Lang, Locator, ParagraphKind, Provenance } from '../corpus/model';

/**
 * The user's library: documents imported from .docx, .pdf, .txt or .md files, and metadata the user
 * added to bundled documents. Stored in the data folder (host/library), merged into the bundled
 * corpus when it is loaded (mergeLibrary); the bundled text itself is never altered.
 */

export type ImportFormat = 'docx' | 'pdf' | 'txt' | 'md';

/** A file the user chose, as the host hands it over. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What detection reads about a document; the user checks and corrects every field in the preview. */
export interface ImportMetadata {
  symbol: string | null;
  lang: Lang;
  body: Body;
  kind: DocumentKind;
  /** Meeting (Working Group) or session (Conference of the Parties) number. */
  meeting: number | null;
  /** Decision or resolution number such as `6/3`; null for reports. */
  number: string | null;
  year: number | null;
  dates: { start: string; end: string } | null;
  place: string | null;
  title: string;
  originalLanguage: Lang | null;
  locatorScheme: CorpusDocument['locatorScheme'];
}

export interface ImportedParagraph {
  /** Located as in the bundled corpus, so the paragraph id is `${docId}#${locatorPath(locator)}`. */
  locator: Locator;
  kind: ParagraphKind;
  adopted: boolean;
  text: string;
  /** Section heading the paragraph sits under, as printed. */
  section: string | null;
  /** Index in the document's `paragraphs` of the parent, for sub-items. */
  parent: number | null;
  /** 1-based line of the extracted text where the paragraph starts. */
  line: number;
  /** Themes the user accepted among the suggestions; never the compendium's index. */
  suggestedThemeIds: string[];
}

export interface ImportedDocument {
  /** Key of the document in the library (its file name there). */
  libraryId: string;
  importedAt: string;
  source: { name: string; format: ImportFormat; bytes: number };
  metadata: ImportMetadata;
  /**
   * Where each metadata field was read, keyed as in CorpusDocument.metadataSources: a line of the
   * imported file, or `what: 'entered by the user'` (line 0) for what the user typed or corrected.
   */
  metadataSources: Record<string, Provenance[]>;
  paragraphs: ImportedParagraph[];
}

/** Metadata the user adds to a bundled document that its source lacks (the 2022 report's symbol). */
export interface UserDocumentMetadata {
  docId: string;
  symbol: string | null;
  enteredAt: string;
}

export interface UserLibrary {
  documents: ImportedDocument[];
  /** Imported editions of the compendium (English), see compendium/model.ts. */
  compendiums: ImportedCompendium[];
  metadata: UserDocumentMetadata[];
  /** Library files that could not be read: left on disk untouched and listed, so nothing is lost silently. */
  damaged: { file: string; message: string }[];
}

export const EMPTY_LIBRARY: UserLibrary = { documents: [], compendiums: [], metadata: [], damaged: [] };

export const ENTERED_BY_THE_USER = 'entered by the user';

/** Provenance of a field the user typed: no line of any file backs it. */
export function userProvenance(file: string): Provenance {
  return { file, line: 0, what: ENTERED_BY_THE_USER };
}

/** Where the library keeps user metadata; named in provenances so a reader knows where to look. */
export const USER_METADATA_FILE = 'library/metadata.json';
