import { checkDraftText } from '../shared/check/checkDraftText';
import type { ParagraphCheck, PhraseUsage } from '../shared/check/model';
import type { Corpus, Lang } from '../shared/corpus/model';
import type { DraftFile, DraftSummary } from '../shared/draft/model';
import { encodeBase64 } from '../shared/export/docxFile';
import type {
  DeskHost,
  DeskSettings,
  DraftBackup,
  ImportFilesRequest,
  OpenDraftResult,
  PickedImportFile,
  PickImportFilesRequest,
  SaveDraftRequest,
  SaveDraftResult,
  SaveFileRequest,
  SaveFileResult,
  CheckDraftParagraphsRequest,
  WordCheckOutcome,
  WordDraftOutcome,
  WordFileRefused,
  WordFileRequest,
} from '../shared/host/DeskHost';
import { summarize, type BatchSummary } from '../shared/import/batch/model';
import { alignEdition, type EditionAlignment } from '../shared/import/compendium/alignEdition';
import type { CompendiumEdition, ImportedCompendium, NewImportedCompendium } from '../shared/import/compendium/model';
import { editionProblem, validateNewImportedCompendium } from '../shared/import/compendium/validateImportedCompendium';
import type { NewImportedDocument } from '../shared/import/confirmImport';
import { decodeBase64 } from '../shared/import/decodeBase64';
import { MAX_IMPORT_BYTES } from '../shared/import/importLimits';
import type { ImportedDocument, UserLibrary } from '../shared/import/model';
import { type ImportPreviewModel, type ImportPreviewRequest, previewImport } from '../shared/import/previewImport';
import { validateNewImportedDocument } from '../shared/import/validateImportedDocument';
import { importPreviewRequestProblem } from '../shared/import/validateImportPreviewRequest';
import type { PrecedentPage, PrecedentPageRequest, PrecedentQuery } from '../shared/query/model';
import type { ParagraphsWithFamily } from '../shared/query/paragraphFamily';
import type { PrecedentCatalog } from '../shared/query/PrecedentCatalog';
import { validatePageRequest, validatePrecedentQuery } from '../shared/query/validatePrecedentQuery';
import { type BatchLibrary, importBytes } from './batchImport/importBatch';
import { KeyedQueue } from './drafts/KeyedQueue';
import { HostInputError } from './HostInputError';
import { previewSuggester } from './importPreview/previewSuggester';
import type { LibraryStore } from './library/LibraryStore';
import type { PrecedentLibrary } from './precedents/PrecedentLibrary';
import type { SettingsStore } from './settings/SettingsStore';
import type { SharedDraftStore } from './sync/SharedDraftStore';
import type { DraftSharing, SharedDraftState } from '../shared/sync/draftSharing';
import { annotatedWordFile, checkWordFile, type WordCheckLibrary } from './wordCheck/checkWordFile';
import { readWordDraftFile } from './wordCheck/readWordDraftFile';
import { searchReadAhead } from './precedents/searchReadAhead';

/** What the host needs of the drafts store (host/drafts/DraftStore.ts). */
export interface DraftStorePort {
  list(): Promise<DraftSummary[]>;
  open(id: string): Promise<OpenDraftResult>;
  /** `snapshotOfShared`: the draft is shared, its file a snapshot of the shared state (no revision conflict). */
  save(draft: DraftFile, options: Pick<SaveDraftRequest, 'keepReplaced' | 'conflictCopy'> & { snapshotOfShared: boolean }): Promise<SaveDraftResult>;
  delete(id: string): Promise<void>;
  listBackups(id: string): Promise<DraftBackup[]>;
  openBackup(id: string, backupName: string): Promise<OpenDraftResult>;
}

/** Electron shows a save dialog; the web mode never calls the server for this (the browser downloads). */
export type SaveFileHandler = (request: SaveFileRequest) => Promise<SaveFileResult>;

/** Electron shows the open dialog; the web mode never calls the server for this (the page has a file input). */
export type PickImportFilesHandler = (request: PickImportFilesRequest) => Promise<PickedImportFile[]>;

export interface NodeDeskHostDeps {
  /** The bundled corpus (what the library database is made from, with the user's library). */
  loadCorpus: () => Promise<Corpus>;
  settings: Pick<SettingsStore, 'get' | 'save'>;
  drafts: DraftStorePort;
  saveFile: SaveFileHandler;
  library: Pick<LibraryStore, 'read' | 'add' | 'addCompendium' | 'remove' | 'setMetadata'>;
  pickImportFiles: PickImportFilesHandler;
  sharedDrafts: SharedDraftStore;
  /** Pages, counts and paragraphs by id, over the merged corpus. */
  precedents: PrecedentLibrary;
}

const MAX_PARAGRAPHS_ASKED = 5000;
/** A few per request, so that other requests are answered between them. */
const MAX_PARAGRAPHS_CHECKED = 50;
/** What the check panel takes pasted: a long report, not a library. */
const MAX_TEXT_CHECKED = 1_000_000;
const MAX_PHRASE = 1000;

/**
 * The host services behind both transports. Arguments arrive from IPC or HTTP as untyped JSON,
 * so each method checks the shape it relies on before touching the disk.
 */
export class NodeDeskHost implements DeskHost {
  /** Additions of one document (one symbol) run one at a time, so its check and its write are one step. */
  private readonly additions = new KeyedQueue();
  /** Languages stored per symbol that the index may not hold yet (a batch in progress). */
  private readonly notYetIndexed = new Map<string, Set<Lang>>();

  constructor(private readonly deps: NodeDeskHostDeps) {}

  getCatalog(): Promise<PrecedentCatalog> {
    return this.deps.precedents.catalog();
  }

  async queryPrecedents(request: PrecedentPageRequest): Promise<PrecedentPage> {
    const checked = checkedInput(() => validatePageRequest(request));
    const engine = await this.deps.precedents.engine();
    const page = engine.page(checked);
    searchReadAhead(engine, checked.query.lang);
    return page;
  }

  async precedentIds(request: { query: PrecedentQuery }): Promise<string[]> {
    const query = checkedInput(() => validatePrecedentQuery((request as { query?: unknown } | null)?.query));
    return (await this.deps.precedents.engine()).ids(query);
  }

  async paragraphsWithFamily(request: { ids: string[] }): Promise<ParagraphsWithFamily> {
    const ids = paragraphIdsOf(request);
    const [engine, catalog] = await Promise.all([this.deps.precedents.engine(), this.deps.precedents.catalog()]);
    return engine.withFamily(ids, new Map(catalog.documents.map((document) => [document.id, document])));
  }

  getSettings(): Promise<DeskSettings> {
    return this.deps.settings.get();
  }

  saveSettings(settings: DeskSettings): Promise<void> {
    return this.deps.settings.save(settings);
  }

  listDrafts(): Promise<DraftSummary[]> {
    return this.deps.drafts.list();
  }

  async openDraft(request: { id: string }): Promise<OpenDraftResult> {
    return this.deps.drafts.open(requireString(request, 'id'));
  }

  async saveDraft(request: SaveDraftRequest): Promise<SaveDraftResult> {
    const draft = (request as { draft?: unknown } | null)?.draft;
    if (typeof draft !== 'object' || draft === null) throw new HostInputError('request.invalid', 'The request needs "draft": the draft to save.');
    const id = requireString(draft, 'id');
    const { keepReplaced, conflictCopy } = request as { keepReplaced?: unknown; conflictCopy?: unknown };
    if (keepReplaced !== undefined && typeof keepReplaced !== 'boolean') throw new HostInputError('request.invalid', '"keepReplaced" must be true or false.');
    if (conflictCopy !== undefined && typeof conflictCopy !== 'string') throw new HostInputError('request.invalid', '"conflictCopy" must be the path of a conflict copy.');
    const snapshotOfShared = this.deps.sharedDrafts.get(id) !== null;
    return this.deps.drafts.save(draft as DraftFile, { keepReplaced, conflictCopy, snapshotOfShared });
  }

  async deleteDraft(request: { id: string }): Promise<void> {
    return this.deps.drafts.delete(requireString(request, 'id'));
  }

  async listDraftBackups(request: { id: string }): Promise<DraftBackup[]> {
    return this.deps.drafts.listBackups(requireString(request, 'id'));
  }

  async openDraftBackup(request: { id: string; backup: string }): Promise<OpenDraftResult> {
    return this.deps.drafts.openBackup(requireString(request, 'id'), requireString(request, 'backup'));
  }

  async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    requireString(request, 'suggestedName');
    requireString(request, 'mimeType');
    requireString(request, 'base64');
    return this.deps.saveFile(request);
  }

  pickImportFiles(request?: PickImportFilesRequest): Promise<PickedImportFile[]> {
    return this.deps.pickImportFiles({ folder: (request as { folder?: unknown } | undefined)?.folder === true });
  }

  getLibrary(): Promise<UserLibrary> {
    return this.deps.library.read();
  }

  async addToLibrary(document: NewImportedDocument): Promise<ImportedDocument> {
    const added = await this.store(document);
    await this.refreshLibrary();
    return added;
  }

  /** Files sent by the window (one per call, so it never waits): each detected and stored as detected, the index brought up to date once per call. */
  async importFiles(request: ImportFilesRequest): Promise<BatchSummary> {
    const files = (request as { files?: unknown } | null)?.files;
    const valid = (file: unknown): file is { name: string; base64: string } => typeof (file as { name?: unknown } | null)?.name === 'string' && typeof (file as { base64?: unknown }).base64 === 'string';
    if (!Array.isArray(files) || !files.every(valid)) throw new HostInputError('request.invalid', 'The request needs "files": a list of { name, base64 }.');
    const library = this.batchLibrary();
    const entries = [];
    for (const file of files) entries.push(await importBytes({ name: file.name, bytes: decodeBase64(file.base64) }, file.name, library));
    if (entries.some((entry) => entry.status === 'imported')) await library.refresh();
    return summarize(entries, files.length, false);
  }

  /** Stores the documents of a batch; the index is brought up to date once, when the batch is done (`refresh`). */
  batchLibrary(): BatchLibrary {
    return { add: (document) => this.store(document), refresh: () => this.refreshLibrary() };
  }

  /**
   * Stores a document unless the library holds it in its language already, in the index or stored
   * since it was last brought up to date (one symbol at a time, so the check and the write are one step).
   */
  private async store(document: NewImportedDocument): Promise<ImportedDocument> {
    const problem = validateNewImportedDocument(document);
    if (problem) throw new HostInputError('library.invalidDocument', `The document cannot be added to the library: ${problem}`);
    const { symbol, lang } = document.metadata;
    if (symbol === null) return this.deps.library.add(document);
    return this.additions.run(symbol, async () => {
      const indexed = (await this.deps.precedents.catalog()).documents.find((held) => held.symbol === symbol)?.languages.includes(lang);
      if (indexed || this.notYetIndexed.get(symbol)?.has(lang)) {
        throw new HostInputError('library.languageHeld', `${symbol} is already in the library in ${lang === 'en' ? 'English' : 'French'}; remove that version first.`, { symbol, lang });
      }
      const added = await this.deps.library.add(document);
      this.notYetIndexed.set(symbol, new Set([...(this.notYetIndexed.get(symbol) ?? []), lang]));
      return added;
    });
  }

  async addCompendiumToLibrary(compendium: NewImportedCompendium): Promise<ImportedCompendium> {
    const problem = validateNewImportedCompendium(compendium);
    if (problem) throw new HostInputError('library.invalidDocument', `The compendium cannot be added to the library: ${problem}`);
    // One English edition at a time: two would give the same paragraphs two English texts.
    const added = await this.additions.run('compendium', async () => {
      const held = (await this.deps.library.read()).compendiums[0];
      if (held) throw new HostInputError('library.compendiumHeld', `An English compendium (${held.source.name}) is already in the library; remove it first.`, { name: held.source.name });
      return this.deps.library.addCompendium(compendium);
    });
    await this.refreshLibrary();
    return added;
  }

  /** What an import preview shows of the library for the rows as the user has them: worked out here, where the whole library is. */
  async previewImport(request: ImportPreviewRequest): Promise<ImportPreviewModel> {
    const problem = importPreviewRequestProblem(request);
    if (problem) throw new HostInputError('request.invalid', problem);
    const index = await this.deps.precedents.index();
    return previewImport(index, previewSuggester(index), request);
  }

  async previewCompendium(request: { edition: CompendiumEdition }): Promise<EditionAlignment> {
    const edition = (request as { edition?: unknown } | null)?.edition;
    const problem = editionProblem(edition);
    if (problem) throw new HostInputError('request.invalid', problem);
    return alignEdition((await this.deps.precedents.index()).corpus, edition as CompendiumEdition);
  }

  /** Lets go of the library's database once its start or update is over (the command line, before it exits). */
  close(): Promise<void> {
    return this.deps.precedents.close();
  }

  /** Brings the library's database up to date with its files (after an import, a batch, a removal). */
  async refreshLibrary(): Promise<void> {
    await this.deps.precedents.libraryChanged();
    // What the index holds now answers for itself; what was stored meanwhile stays pending.
    const { documents } = await this.deps.precedents.catalog();
    for (const { symbol, languages } of documents) {
      const pending = symbol === null ? undefined : this.notYetIndexed.get(symbol);
      for (const lang of languages) pending?.delete(lang);
    }
  }

  async removeFromLibrary(request: { libraryId: string }): Promise<void> {
    await this.deps.library.remove(requireString(request, 'libraryId'));
    await this.refreshLibrary();
  }

  async checkDraftParagraphs(request: CheckDraftParagraphsRequest): Promise<ParagraphCheck[]> {
    const { texts, lang } = (request ?? {}) as { texts?: unknown; lang?: unknown };
    if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) throw new HostInputError('request.invalid', 'The request needs "texts": a list of paragraphs.');
    if (texts.length > MAX_PARAGRAPHS_CHECKED) throw new HostInputError('request.invalid', `At most ${MAX_PARAGRAPHS_CHECKED} paragraphs can be checked at once.`);
    if (lang !== 'fr' && lang !== 'en') throw new HostInputError('request.invalid', '"lang" must be "fr" or "en".');
    const checker = await this.deps.precedents.checker();
    return texts.map((text) => checkDraftText(checker, text, lang));
  }

  async checkText(request: { text: string; lang: Lang | null }): Promise<ParagraphCheck[]> {
    const { text, lang } = (request ?? {}) as { text?: unknown; lang?: unknown };
    if (typeof text !== 'string') throw new HostInputError('request.invalid', 'The request needs "text": the text to check.');
    if (text.length > MAX_TEXT_CHECKED) throw new HostInputError('request.tooLarge', `At most ${MAX_TEXT_CHECKED.toLocaleString('en')} characters can be checked at once.`);
    if (lang !== null && lang !== 'fr' && lang !== 'en') throw new HostInputError('request.invalid', '"lang" must be "fr", "en" or null (each line in its own language).');
    const checker = await this.deps.precedents.checker();
    return lang ? checker.check(text, { lang }) : checker.check(text);
  }

  async phraseUsage(request: { phrase: string }): Promise<PhraseUsage> {
    const phrase = requireString(request, 'phrase');
    if (phrase.length > MAX_PHRASE) throw new HostInputError('request.invalid', `A phrase looked up has at most ${MAX_PHRASE} characters.`);
    return (await this.deps.precedents.checker()).phraseUsage(phrase);
  }

  async alsoAdoptedAs(request: { paragraphId: string }): Promise<string[]> {
    return (await this.deps.precedents.checker()).alsoAdoptedAs(requireString(request, 'paragraphId'));
  }

  async checkWordFile(request: WordFileRequest): Promise<WordCheckOutcome> {
    const { name, bytes } = wordFileOf(request);
    return checkWordFile(await this.wordCheckLibrary(), name, bytes);
  }

  async annotateWordFile(request: WordFileRequest): Promise<{ base64: string } | WordFileRefused> {
    const { name, bytes } = wordFileOf(request);
    const annotated = await annotatedWordFile(await this.wordCheckLibrary(), name, bytes);
    return annotated instanceof Uint8Array ? { base64: encodeBase64(annotated) } : annotated;
  }

  async readWordDraft(request: WordFileRequest): Promise<WordDraftOutcome> {
    const { name, bytes } = wordFileOf(request);
    return readWordDraftFile(await this.wordCheckLibrary(), name, bytes);
  }

  private async wordCheckLibrary(): Promise<WordCheckLibrary> {
    const [index, checker] = await Promise.all([this.deps.precedents.index(), this.deps.precedents.checker()]);
    return { index, checker };
  }

  async saveDocumentMetadata(request: { docId: string; symbol: string | null }): Promise<void> {
    const docId = requireString(request, 'docId');
    const symbol = (request as { symbol?: unknown }).symbol;
    if (symbol !== null && (typeof symbol !== 'string' || symbol.trim() === '')) throw new HostInputError('request.invalid', 'The request needs "symbol": a string, or null to remove it.');
    const bundled = (await this.deps.loadCorpus()).documents.find((d) => d.id === docId);
    if (!bundled) throw new HostInputError('request.invalid', `No bundled document ${docId}.`);
    if (bundled.symbol !== null) throw new HostInputError('library.symbolInSource', `${docId} already has a symbol in its source: ${bundled.symbol}.`, { symbol: bundled.symbol });
    await this.deps.library.setMetadata(docId, symbol === null ? null : symbol.trim());
    await this.refreshLibrary();
  }

  async getDraftSharing(request: { id: string }): Promise<DraftSharing | null> {
    return this.deps.sharedDrafts.get(requireString(request, 'id'));
  }

  async shareDraft(request: { id: string; sharing: DraftSharing }): Promise<void> {
    return this.deps.sharedDrafts.share(requireString(request, 'id'), (request as { sharing?: unknown }).sharing);
  }

  async loadSharedDraftState(request: { id: string }): Promise<SharedDraftState> {
    const state = await this.deps.sharedDrafts.loadState(requireString(request, 'id'));
    return { base64: state ? Buffer.from(state).toString('base64') : null };
  }

  async saveSharedDraftState(request: { id: string; base64: string }): Promise<void> {
    return this.deps.sharedDrafts.saveState(requireString(request, 'id'), Buffer.from(requireString(request, 'base64'), 'base64'));
  }

  /** The sync servers the window's Content Security Policy lets it connect to. */
  syncOrigins(): string[] {
    return this.deps.sharedDrafts.syncOrigins();
  }
}

function paragraphIdsOf(request: unknown): string[] {
  const ids = (request as { ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new HostInputError('request.invalid', 'The request needs "ids": a list of paragraph ids.');
  if (ids.length > MAX_PARAGRAPHS_ASKED) throw new HostInputError('request.invalid', `At most ${MAX_PARAGRAPHS_ASKED} paragraphs can be asked at once.`);
  return ids;
}

function wordFileOf(request: WordFileRequest): { name: string; bytes: Uint8Array } {
  const name = requireString(request, 'name');
  const base64 = requireString(request, 'base64');
  if (base64.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) throw new HostInputError('request.tooLarge', `${name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  return { name, bytes: decodeBase64(base64) };
}

function checkedInput<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new HostInputError('request.invalid', error instanceof Error ? error.message : String(error));
  }
}

function requireString(request: unknown, field: string): string {
  const value = typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string' || value === '') {
    throw new HostInputError('request.invalid', `The request needs a non-empty string "${field}".`);
  }
  return value;
}
