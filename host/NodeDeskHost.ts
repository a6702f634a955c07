import type { Corpus } from '../shared/corpus/model';
import type { DraftFile, DraftSummary } from '../shared/draft/model';
import type {
  DeskHost,
  DeskSettings,
  DraftBackup,
  OpenDraftResult,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/host/DeskHost';
import { HostInputError } from './HostInputError';
import type { SettingsStore } from './settings/SettingsStore';

/** What the host needs of the drafts store (host/drafts/DraftStore.ts). */
export interface DraftStorePort {
  list(): Promise<DraftSummary[]>;
  open(id: string): Promise<OpenDraftResult>;
  save(draft: DraftFile): Promise<void>;
  delete(id: string): Promise<void>;
  listBackups(id: string): Promise<DraftBackup[]>;
  openBackup(id: string, backupName: string): Promise<OpenDraftResult>;
}

/** Electron shows a save dialog; the web mode never calls the server for this (the browser downloads). */
export type SaveFileHandler = (request: SaveFileRequest) => Promise<SaveFileResult>;

export interface NodeDeskHostDeps {
  loadCorpus: () => Promise<Corpus>;
  settings: Pick<SettingsStore, 'get' | 'save'>;
  drafts: DraftStorePort;
  saveFile: SaveFileHandler;
}

/**
 * The host services behind both transports. Arguments arrive from IPC or HTTP as untyped JSON,
 * so each method checks the shape it relies on before touching the disk.
 */
export class NodeDeskHost implements DeskHost {
  constructor(private readonly deps: NodeDeskHostDeps) {}

  loadCorpus(): Promise<Corpus> {
    return this.deps.loadCorpus();
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

  async saveDraft(draft: DraftFile): Promise<void> {
    requireString(draft, 'id');
    return this.deps.drafts.save(draft);
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
}

function requireString(request: unknown, field: string): string {
  const value = typeof request === 'object' && request !== null ? (request as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string' || value === '') {
    throw new HostInputError(`The request needs a non-empty string "${field}".`);
  }
  return value;
}
