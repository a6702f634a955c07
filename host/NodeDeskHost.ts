import type { Corpus, Paragraph } from '../shared/corpus/model';
import type { DraftFile, DraftSummary } from '../shared/draft/model';
import type {
  DeskHost,
  DeskSettings,
  DraftBackup,
  OpenDraftResult,
  PickedImportFile,
  SaveDraftRequest,
  SaveDraftResult,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/host/DeskHost';
import type { NewImportedDocument } from '../shared/import/confirmImport';
import type { ImportedDocument, UserLibrary } from '../shared/import/model';
import { validateNewImportedDocument } from '../shared/import/validateImportedDocument';
import type { PrecedentPage, PrecedentPageRequest, PrecedentQuery } from '../shared/query/model';
import type { PrecedentCatalog } from '../shared/query/PrecedentCatalog';
import { validatePageRequest, validatePrecedentQuery } from '../shared/query/validatePrecedentQuery';
import { KeyedQueue } from './drafts/KeyedQueue';
import { HostInputError } from './HostInputError';
import type { LibraryStore } from './library/LibraryStore';
import type { PrecedentLibrary } from './precedents/PrecedentLibrary';
import type { SettingsStore } from './settings/SettingsStore';

/** What the host needs of the drafts store (host/drafts/DraftStore.ts). */
export interface DraftStorePort {
  list(): Promise<DraftSummary[]>;
  open(id: string): Promise<OpenDraftResult>;
  save(draft: DraftFile, options: Pick<SaveDraftRequest, 'keepReplaced' | 'conflictCopy'>): Promise<SaveDraftResult>;
  delete(id: string): Promise<void>;
  listBackups(id: string): Promise<DraftBackup[]>;
  openBackup(id: string, backupName: string): Promise<OpenDraftResult>;
}

/** Electron shows a save dialog; the web mode never calls the server for this (the browser downloads). */
export type SaveFileHandler = (request: SaveFileRequest) => Promise<SaveFileResult>;

/** Electron shows the open dialog; the web mode never calls the server for this (the page has a file input). */
export type PickImportFilesHandler = () => Promise<PickedImportFile[]>;

export interface NodeDeskHostDeps {
  /** The bundled corpus; the host serves it merged with the user's library. */
  loadCorpus: () => Promise<Corpus>;
  settings: Pick<SettingsStore, 'get' | 'save'>;
  drafts: DraftStorePort;
  saveFile: SaveFileHandler;
  library: Pick<LibraryStore, 'read' | 'add' | 'remove' | 'setMetadata'>;
  pickImportFiles: PickImportFilesHandler;
  /** Pages, counts and paragraphs by id, over the merged corpus. */
  precedents: PrecedentLibrary;
}

const MAX_PARAGRAPHS_ASKED = 5000;

/**
 * The host services behind both transports. Arguments arrive from IPC or HTTP as untyped JSON,
 * so each method checks the shape it relies on before touching the disk.
 */
export class NodeDeskHost implements DeskHost {
  /** Additions of one document (one symbol) run one at a time, so its check and its write are one step. */
  private readonly additions = new KeyedQueue();

  constructor(private readonly deps: NodeDeskHostDeps) {}

  loadCorpus(): Promise<Corpus> {
    return this.deps.precedents.corpus();
  }

  getCatalog(): Promise<PrecedentCatalog> {
    return this.deps.precedents.catalog();
  }

  async queryPrecedents(request: PrecedentPageRequest): Promise<PrecedentPage> {
    const checked = checkedInput(() => validatePageRequest(request));
    return (await this.deps.precedents.engine()).page(checked);
  }

  async precedentIds(request: { query: PrecedentQuery }): Promise<string[]> {
    const query = checkedInput(() => validatePrecedentQuery((request as { query?: unknown } | null)?.query));
    return (await this.deps.precedents.engine()).ids(query);
  }

  async getParagraphs(request: { ids: string[] }): Promise<Paragraph[]> {
    const ids = (request as { ids?: unknown } | null)?.ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new HostInputError('The request needs "ids": a list of paragraph ids.');
    if (ids.length > MAX_PARAGRAPHS_ASKED) throw new HostInputError(`At most ${MAX_PARAGRAPHS_ASKED} paragraphs can be asked at once.`);
    return (await this.deps.precedents.engine()).paragraphs(ids);
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
    if (typeof draft !== 'object' || draft === null) throw new HostInputError('The request needs "draft": the draft to save.');
    requireString(draft, 'id');
    const { keepReplaced, conflictCopy } = request as { keepReplaced?: unknown; conflictCopy?: unknown };
    if (keepReplaced !== undefined && typeof keepReplaced !== 'boolean') throw new HostInputError('"keepReplaced" must be true or false.');
    if (conflictCopy !== undefined && typeof conflictCopy !== 'string') throw new HostInputError('"conflictCopy" must be the path of a conflict copy.');
    return this.deps.drafts.save(draft as DraftFile, { keepReplaced, conflictCopy });
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

  pickImportFiles(): Promise<PickedImportFile[]> {
    return this.deps.pickImportFiles();
  }

  getLibrary(): Promise<UserLibrary> {
    return this.deps.library.read();
  }

  async addToLibrary(document: NewImportedDocument): Promise<ImportedDocument> {
    const problem = validateNewImportedDocument(document);
    if (problem) throw new HostInputError(`The document cannot be added to the library: ${problem}`);
    const { symbol, lang } = document.metadata;
    const added = await (symbol === null
      ? this.deps.library.add(document)
      : this.additions.run(symbol, async () => {
          const target = (await this.deps.precedents.catalog()).documents.find((d) => d.symbol === symbol);
          if (target?.languages.includes(lang)) {
            throw new HostInputError(`${symbol} is already in the library in ${lang === 'en' ? 'English' : 'French'}; remove that version first.`);
          }
          return this.deps.library.add(document);
        }));
    await this.deps.precedents.libraryChanged();
    return added;
  }

  async removeFromLibrary(request: { libraryId: string }): Promise<void> {
    await this.deps.library.remove(requireString(request, 'libraryId'));
    await this.deps.precedents.libraryChanged();
  }

  async saveDocumentMetadata(request: { docId: string; symbol: string | null }): Promise<void> {
    const docId = requireString(request, 'docId');
    const symbol = (request as { symbol?: unknown }).symbol;
    if (symbol !== null && (typeof symbol !== 'string' || symbol.trim() === '')) throw new HostInputError('The request needs "symbol": a string, or null to remove it.');
    const bundled = (await this.deps.loadCorpus()).documents.find((d) => d.id === docId);
    if (!bundled) throw new HostInputError(`No bundled document ${docId}.`);
    if (bundled.symbol !== null) throw new HostInputError(`${docId} already has a symbol in its source: ${bundled.symbol}.`);
    await this.deps.library.setMetadata(docId, symbol === null ? null : symbol.trim());
    await this.deps.precedents.libraryChanged();
  }
}

function checkedInput<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw new HostInputError(error instanceof Error ? error.message : String(error));
  }
}

function requireString(request: unknown, field: string): string {
  const value = typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string' || value === '') {
    throw new HostInputError(`The request needs a non-empty string "${field}".`);
  }
  return value;
}
