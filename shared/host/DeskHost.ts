import type { ParagraphCheck, PhraseUsage } from '../check/model';
import type { Lang } from '../corpus/model';
import type { DraftFile, DraftSummary } from '../draft/model';
import type { BatchSummary } from '../import/batch/model';
import type { EditionAlignment } from '../import/compendium/alignEdition';
import type { CompendiumEdition, ImportedCompendium, NewImportedCompendium } from '../import/compendium/model';
import type { NewImportedDocument } from '../import/confirmImport';
import type { ImportErrorCode } from '../import/ImportError';
import type { ImportedDocument, UserLibrary } from '../import/model';
import type { ImportPreviewModel, ImportPreviewRequest } from '../import/previewImport';
import type { PrecedentPage, PrecedentPageRequest, PrecedentQuery } from '../query/model';
import type { ParagraphsWithFamily } from '../query/paragraphFamily';
import type { PrecedentCatalog } from '../query/PrecedentCatalog';
import type { WordDraft } from '../roundtrip/model';
import type { DraftSharing, SharedDraftState } from '../sync/draftSharing';
import type { WordDocumentCheck } from '../wordCheck/model';
import type { HostErrorInfo } from './hostError';

/**
 * The one contract between the window and its host (Electron main process or the local web
 * server). The renderer receives one implementation and never asks which one it has.
 * Every method takes at most one JSON-serialisable argument and returns JSON-serialisable data;
 * a failure is a HostError (shared/host/hostError.ts), whose code the window words itself.
 */
export interface DeskHost {
  /** Documents, themes, coverage and facet values: what the window keeps of the library. */
  getCatalog(): Promise<PrecedentCatalog>;
  /** One page of the precedents table for the filters, search and sort; the facet counts when asked. */
  queryPrecedents(request: PrecedentPageRequest): Promise<PrecedentPage>;
  /** Every id of a result, in the order shown (select all, finding a row to reveal). */
  precedentIds(request: { query: PrecedentQuery }): Promise<string[]>;
  /**
   * Paragraphs by id with what citing, quoting and showing them needs (ancestors, sub-items, the
   * qualifying chapeau, the neighbours: shared/query/paragraphFamily.ts), for the window's cache.
   */
  paragraphsWithFamily(request: { ids: string[] }): Promise<ParagraphsWithFamily>;

  getSettings(): Promise<DeskSettings>;
  saveSettings(settings: DeskSettings): Promise<void>;

  listDrafts(): Promise<DraftSummary[]>;
  openDraft(request: { id: string }): Promise<OpenDraftResult>;
  /**
   * Saves a draft unless its file changed since the text was based on it (`draft.revision`): then
   * the text is kept in a conflict copy beside the draft and nothing is overwritten.
   */
  saveDraft(request: SaveDraftRequest): Promise<SaveDraftResult>;
  deleteDraft(request: { id: string }): Promise<void>;
  listDraftBackups(request: { id: string }): Promise<DraftBackup[]>;
  openDraftBackup(request: { id: string; backup: string }): Promise<OpenDraftResult>;

  /** Saves bytes the renderer built (a .docx): a save dialog in Electron, a download in web mode. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;

  /**
   * Lets the user choose documents to import, several at once: the system's open dialog in
   * Electron, a file input in web mode (the page reads the files; the server is not involved).
   * An empty list when the user cancels. Reading them happens in the window (shared/import).
   * `folder`: the user chooses a folder instead, and gets its importable files and its sub-folders'.
   */
  pickImportFiles(request?: PickImportFilesRequest): Promise<PickedImportFile[]>;
  /** The user's library: imported documents, metadata entered for bundled ones, damaged files. */
  getLibrary(): Promise<UserLibrary>;
  /**
   * What an import preview shows of the library, for its rows as the user has corrected them so far
   * (asked again after each correction): the document the file lines up with, each row's counterpart
   * and the themes that carry over or are suggested. The window never holds the whole library.
   */
  previewImport(request: ImportPreviewRequest): Promise<ImportPreviewModel>;
  /** How an edition of the compendium read from a file lines up with the library, for its preview. */
  previewCompendium(request: { edition: CompendiumEdition }): Promise<EditionAlignment>;
  /** Stores a confirmed import; the library includes it from then on. */
  addToLibrary(document: NewImportedDocument): Promise<ImportedDocument>;
  /** Stores a confirmed English edition of the compendium (one at a time); its paragraphs have its English text from then on. */
  addCompendiumToLibrary(compendium: NewImportedCompendium): Promise<ImportedCompendium>;
  /**
   * Imports files as detected, without a preview (a batch): what was imported, with its paragraph
   * counts, and what was skipped and why. The window sends the chosen files one call at a time, to
   * move its bar and stop between them, and reloads the corpus once, after the last.
   */
  importFiles(request: ImportFilesRequest): Promise<BatchSummary>;
  /** Removes an imported document or compendium edition (moved aside, not deleted). */
  removeFromLibrary(request: { libraryId: string }): Promise<void>;
  /**
   * The precedent check of draft paragraphs, run in the host (live highlighting): each text as one
   * paragraph, in the language its words are in, else `lang`. The window sends a few at a time.
   */
  checkDraftParagraphs(request: CheckDraftParagraphsRequest): Promise<ParagraphCheck[]>;
  /** The check of a text pasted in the check panel: one result per non-blank line, in `lang` or each in its own. */
  checkText(request: { text: string; lang: Lang | null }): Promise<ParagraphCheck[]>;
  /** How established a phrase is: the precedents holding it and their years (the check's index, in the host). */
  phraseUsage(request: { phrase: string }): Promise<PhraseUsage>;
  /** Other precedents with near-identical wording, most similar first. */
  alsoAdoptedAs(request: { paragraphId: string }): Promise<string[]>;
  /** The Word check of a .docx (its paragraphs, citations, tracked changes), run in the host. */
  checkWordFile(request: WordFileRequest): Promise<WordCheckOutcome>;
  /** The same document with the check of each paragraph as a Word comment (base64), or why it cannot be read. */
  annotateWordFile(request: WordFileRequest): Promise<{ base64: string } | WordFileRefused>;
  /** A .docx read as a new draft (provenance, agreed language recognised by the check), in the host, or why it cannot be read. */
  readWordDraft(request: WordFileRequest): Promise<WordDraftOutcome>;
  /** Records the symbol a bundled document's source lacks (null removes it), shown as entered by the user. */
  saveDocumentMetadata(request: { docId: string; symbol: string | null }): Promise<void>;

  /** How the draft is shared with colleagues (shared/sync), or null when it is not. */
  getDraftSharing(request: { id: string }): Promise<DraftSharing | null>;
  /** Records that the draft is shared; its server becomes one the window may connect to (from its next load). */
  shareDraft(request: { id: string; sharing: DraftSharing }): Promise<void>;
  /** The Yjs state this desk holds of a shared draft. */
  loadSharedDraftState(request: { id: string }): Promise<SharedDraftState>;
  /** Adds a Yjs state to the one held (merged, never replaced). */
  saveSharedDraftState(request: { id: string; base64: string }): Promise<void>;
}

export interface PickImportFilesRequest {
  folder?: boolean;
}

export interface PickedImportFile {
  name: string;
  size: number;
  /** File content, base64-encoded so it crosses IPC and HTTP alike; null when it was not read. */
  base64: string | null;
  /** Why the content was not read: larger than the import limit, or the file could not be opened. */
  problem: 'too-large' | 'unreadable' | null;
}

export interface ImportFilesRequest {
  /** File contents, base64-encoded so they cross IPC and HTTP alike. */
  files: { name: string; base64: string }[];
}

export type DeskSettings = Record<string, unknown>;

export type OpenDraftResult =
  | { ok: true; draft: DraftFile }
  /** `newerVersion`: the file is of that format version, made by a newer app; it was left in place, untouched. */
  | { ok: false; error: HostErrorInfo; setAsideAs: string | null; backups: DraftBackup[]; newerVersion: number | null };

export interface SaveDraftRequest {
  /** `draft.revision` is the revision the text was based on: the one opened or last saved (0 for a new draft). */
  draft: DraftFile;
  /**
   * The delegate chose this text over the newer revision on disk (after a conflict): that one is
   * kept as a backup whatever the backup interval.
   */
  keepReplaced?: boolean;
  /**
   * After a conflict: the copy this text went to (`DraftConflict.copy`). A save refused again
   * brings that copy up to date instead of making another, so what is typed meanwhile is on disk.
   */
  conflictCopy?: string;
}

export type SaveDraftResult = { saved: true; revision: number } | { saved: false; conflict: DraftConflict };

/** A save refused because another window or tab saved the draft after this text's revision. */
export interface DraftConflict {
  /** The revision on disk, which was left as it is. */
  revision: number;
  /** Where the refused text was written instead: `<id>.conflict-<stamp>.json` beside the draft. */
  copy: string;
}

export interface DraftBackup {
  name: string;
  savedAt: string;
}

export interface CheckDraftParagraphsRequest {
  texts: string[];
  lang: Lang;
}

export interface WordFileRequest {
  name: string;
  /** The file's bytes, base64-encoded. */
  base64: string;
}

/** A Word check, or the reason the file could not be read (worded by the window from its code). */
export type WordCheckOutcome = { report: WordDocumentCheck } | WordFileRefused;

export type WordDraftOutcome = { draft: WordDraft } | WordFileRefused;

export interface WordFileRefused {
  refused: { code: ImportErrorCode; detail: Record<string, string | number> };
}

export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  /** File content, base64-encoded so it crosses IPC and HTTP alike. */
  base64: string;
}

export type SaveFileResult = { saved: true; location: string } | { saved: false; reason: 'cancelled' } | { saved: false; reason: 'error'; error: HostErrorInfo };

/** The method names of DeskHost, the only names the preload and the web server accept. */
export const DESK_HOST_METHODS = [
  'getCatalog',
  'queryPrecedents',
  'precedentIds',
  'paragraphsWithFamily',
  'getSettings',
  'saveSettings',
  'listDrafts',
  'openDraft',
  'saveDraft',
  'deleteDraft',
  'listDraftBackups',
  'openDraftBackup',
  'saveFile',
  'pickImportFiles',
  'getLibrary',
  'previewImport',
  'previewCompendium',
  'addToLibrary',
  'addCompendiumToLibrary',
  'importFiles',
  'removeFromLibrary',
  'checkDraftParagraphs',
  'checkText',
  'phraseUsage',
  'alsoAdoptedAs',
  'checkWordFile',
  'annotateWordFile',
  'readWordDraft',
  'saveDocumentMetadata',
  'getDraftSharing',
  'shareDraft',
  'loadSharedDraftState',
  'saveSharedDraftState',
] as const satisfies readonly (keyof DeskHost)[];

export type DeskHostMethod = (typeof DESK_HOST_METHODS)[number];

export function isDeskHostMethod(name: unknown): name is DeskHostMethod {
  return typeof name === 'string' && (DESK_HOST_METHODS as readonly string[]).includes(name);
}
