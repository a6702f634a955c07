import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../shared/corpus/model';
import { DraftStore } from './drafts/DraftStore';
import { LibraryStore } from './library/LibraryStore';
import { NodeDeskHost, type PickImportFilesHandler, type SaveFileHandler } from './NodeDeskHost';
import { SettingsStore } from './settings/SettingsStore';
import { SharedDraftStore } from './sync/SharedDraftStore';

export interface NodeDeskHostOptions {
  dataDir: string;
  loadCorpus: () => Promise<Corpus>;
  saveFile: SaveFileHandler;
  pickImportFiles: PickImportFilesHandler;
}

/** The data folder holds `settings.json`, `drafts/`, `library/` and `shared-drafts/`; both modes use the same layout. */
export async function createNodeDeskHost(options: NodeDeskHostOptions): Promise<NodeDeskHost> {
  const draftsDir = join(options.dataDir, 'drafts');
  await mkdir(draftsDir, { recursive: true });
  return new NodeDeskHost({
    loadCorpus: options.loadCorpus,
    settings: new SettingsStore(join(options.dataDir, 'settings.json')),
    drafts: new DraftStore(draftsDir),
    saveFile: options.saveFile,
    library: new LibraryStore(join(options.dataDir, 'library')),
    pickImportFiles: options.pickImportFiles,
    sharedDrafts: await SharedDraftStore.open(join(options.dataDir, 'shared-drafts')),
  });
}
