import type { Corpus } from '../shared/corpus/model';
import type { DraftFile, DraftSummary } from '../shared/draft/model';
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
} from '../shared/host/DeskHost';
import type { Lang } from '../shared/corpus/model';
import { summarize, type BatchSummary } from '../shared/import/batch/model';
import type { ImportedCompendium, NewImportedCompendium } from '../shared/import/compendium/model';
import { validateNewImportedCompendium } from '../shared/import/compendium/validateImportedCompendium';
import type { NewImportedDocument } from '../shared/import/confirmImport';
import { decodeBase64 } from '../shared/import/decodeBase64';
import { mergeLibrary } from '../shared/import/mergeLibrary';
import type { ImportedDocument, UserLibrary } from '../shared/import/model';
import { validateNewImportedDocument } from '../shared/import/validateImportedDocument';
import { type BatchLibrary, importBytes } from './batchImport/importBatch';
import { KeyedQueue } from './drafts/KeyedQueue';
import { HostInputError } from './HostInputError';
import type { LibraryStore } from './library/LibraryStore';
import type { SettingsStore } from './settings/SettingsStore';
import type { SharedDraftStore } from './sync/SharedDraftStore';
import type { DraftSharing, SharedDraftState } from '../shared/sync/draftSharing';

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
  /** The bundled corpus; the host serves it merged with the user's library. */
  loadCorpus: () => Promise<Corpus>;
  settings: Pick<SettingsStore, 'get' | 'save'>;
  drafts: DraftStorePort;
  saveFile: SaveFileHandler;
  library: Pick<LibraryStore, 'read' | 'add' | 'addCompendium' | 'remove' | 'setMetadata'>;
  pickImportFiles: PickImportFilesHandler;
  sharedDrafts: SharedDraftStore;
}

/**
 * The host services behind both transports. Arguments arrive from IPC or HTTP as untyped JSON,
 * so each method checks the shape it relies on before touching the disk.
 */
export class NodeDeskHost implements DeskHost {
  /** Additions of one document (one symbol) run one at a time, so its check and its write are one step. */
  private readonly additions = new KeyedQueue();

  constructor(private readonly deps: NodeDeskHostDeps) {}

  async loadCorpus(): Promise<Corpus> {
    const [bundled, library] = await Promise.all([this.deps.loadCorpus(), this.deps.library.read()]);
    return mergeLibrary(bundled, library);
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
    return this.store(document, async (symbol, lang) => languagesBySymbol(await this.loadCorpus()).get(symbol)?.has(lang) ?? false);
  }

  async importFiles(request: ImportFilesRequest): Promise<BatchSummary> {
    const files = (request as { files?: unknown } | null)?.files;
    const valid = (file: unknown): file is { name: string; base64: string } => typeof (file as { name?: unknown } | null)?.name === 'string' && typeof (file as { base64?: unknown }).base64 === 'string';
    if (!Array.isArray(files) || !files.every(valid)) throw new HostInputError('request.invalid', 'The request needs "files": a list of { name, base64 }.');
    const library = await this.batchLibrary();
    const entries = [];
    for (const file of files) entries.push(await importBytes({ name: file.name, bytes: decodeBase64(file.base64) }, file.name, library));
    return summarize(entries, files.length, false);
  }

  /**
   * Stores the documents of a batch. The languages the library holds are worked out from the
   * corpus once, then kept up to date as the batch stores: the library is merged once per batch,
   * not once per file.
   */
  async batchLibrary(): Promise<BatchLibrary> {
    const held = languagesBySymbol(await this.loadCorpus());
    return {
      add: async (document) => {
        const added = await this.store(document, async (symbol, lang) => held.get(symbol)?.has(lang) ?? false);
        if (added.metadata.symbol !== null) held.set(added.metadata.symbol, new Set([...(held.get(added.metadata.symbol) ?? []), added.metadata.lang]));
        return added;
      },
    };
  }

  /** Stores a document unless the library holds it in its language already (one symbol at a time, so the check and the write are one step). */
  private async store(document: NewImportedDocument, isHeld: (symbol: string, lang: Lang) => Promise<boolean>): Promise<ImportedDocument> {
    const problem = validateNewImportedDocument(document);
    if (problem) throw new HostInputError('library.invalidDocument', `The document cannot be added to the library: ${problem}`);
    const { symbol, lang } = document.metadata;
    if (symbol === null) return this.deps.library.add(document);
    return this.additions.run(symbol, async () => {
      if (await isHeld(symbol, lang)) {
        throw new HostInputError('library.languageHeld', `${symbol} is already in the library in ${lang === 'en' ? 'English' : 'French'}; remove that version first.`, { symbol, lang });
      }
      return this.deps.library.add(document);
    });
  }

  async addCompendiumToLibrary(compendium: NewImportedCompendium): Promise<ImportedCompendium> {
    const problem = validateNewImportedCompendium(compendium);
    if (problem) throw new HostInputError('library.invalidDocument', `The compendium cannot be added to the library: ${problem}`);
    // One English edition at a time: two would give the same paragraphs two English texts.
    return this.additions.run('compendium', async () => {
      const held = (await this.deps.library.read()).compendiums[0];
      if (held) throw new HostInputError('library.compendiumHeld', `An English compendium (${held.source.name}) is already in the library; remove it first.`, { name: held.source.name });
      return this.deps.library.addCompendium(compendium);
    });
  }

  async removeFromLibrary(request: { libraryId: string }): Promise<void> {
    return this.deps.library.remove(requireString(request, 'libraryId'));
  }

  async saveDocumentMetadata(request: { docId: string; symbol: string | null }): Promise<void> {
    const docId = requireString(request, 'docId');
    const symbol = (request as { symbol?: unknown }).symbol;
    if (symbol !== null && (typeof symbol !== 'string' || symbol.trim() === '')) throw new HostInputError('request.invalid', 'The request needs "symbol": a string, or null to remove it.');
    const bundled = (await this.deps.loadCorpus()).documents.find((d) => d.id === docId);
    if (!bundled) throw new HostInputError('request.invalid', `No bundled document ${docId}.`);
    if (bundled.symbol !== null) throw new HostInputError('library.symbolInSource', `${docId} already has a symbol in its source: ${bundled.symbol}.`, { symbol: bundled.symbol });
    return this.deps.library.setMetadata(docId, symbol === null ? null : symbol.trim());
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

function languagesBySymbol(corpus: Corpus): Map<string, Set<Lang>> {
  return new Map(corpus.documents.flatMap((document) => (document.symbol === null ? [] : [[document.symbol, new Set(document.languages)] as const])));
}

function requireString(request: unknown, field: string): string {
  const value = typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string' || value === '') {
    throw new HostInputError('request.invalid', `The request needs a non-empty string "${field}".`);
  }
  return value;
}
