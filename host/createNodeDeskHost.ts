import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../shared/corpus/model';
import { DraftStore } from './drafts/DraftStore';
import { LibraryStore } from './library/LibraryStore';
import { sqlitePrecedentLibrary } from './db/sqlitePrecedentLibrary';
import { NodeDeskHost, type PickImportFilesHandler, type SaveFileHandler } from './NodeDeskHost';
import { SettingsStore } from './settings/SettingsStore';
import { SharedDraftStore } from './sync/SharedDraftStore';

export interface NodeDeskHostOptions {
  dataDir: string;
  loadCorpus: () => Promise<Corpus>;
  saveFile: SaveFileHandler;
  pickImportFiles: PickImportFilesHandler;
  /** better-sqlite3's compiled module for this runtime, when not node_modules' own (Electron from a checkout). */
  sqliteBinding?: string;
}

/** Derived from `library/` and the bundled sources; deleting it only costs a rebuild (host/db/README.md). */
export const LIBRARY_DATABASE_FILE = 'library.db';

/** The data folder holds `settings.json`, `drafts/`, `library/`, `library.db` and `shared-drafts/`; both modes use the same layout. */
export async function createNodeDeskHost(options: NodeDeskHostOptions): Promise<NodeDeskHost> {
  const draftsDir = join(options.dataDir, 'drafts');
  await mkdir(draftsDir, { recursive: true });
  const library = new LibraryStore(join(options.dataDir, 'library'));
  const precedents = sqlitePrecedentLibrary({ file: join(options.dataDir, LIBRARY_DATABASE_FILE), loadBundled: options.loadCorpus, files: library, nativeBinding: options.sqliteBinding });
  // Opened and brought up to date now, while the window loads; a failure is reported when asked.
  precedents.catalog().catch(() => {});
  return new NodeDeskHost({
    loadCorpus: options.loadCorpus,
    settings: new SettingsStore(join(options.dataDir, 'settings.json')),
    drafts: new DraftStore(draftsDir),
    saveFile: options.saveFile,
    library,
    pickImportFiles: options.pickImportFiles,
    sharedDrafts: await SharedDraftStore.open(join(options.dataDir, 'shared-drafts')),
    precedents,
  });
}
