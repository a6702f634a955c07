import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedCompendium, NewImportedCompendium } from '../../shared/import/compendium/model';
import { validateImportedCompendium, validateNewImportedCompendium } from '../../shared/import/compendium/validateImportedCompendium';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportedDocument, UserDocumentMetadata, UserLibrary } from '../../shared/import/model';
import { SYMBOL_FORMAT, validateImportedDocument, validateNewImportedDocument } from '../../shared/import/validateImportedDocument';
import { KeyedQueue } from '../drafts/KeyedQueue';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { HostError } from '../../shared/host/hostError';
import type { LibraryFileStamp } from '../db/LibraryDatabase';
import { HostInputError } from '../HostInputError';

const METADATA_FILE = 'metadata.json';
const ID = /^[\w-]{1,64}$/;

/**
 * The user's library in the data folder: `library/documents/<id>.json`, one imported document
 * each; `library/editions/<id>.json`, an imported English edition of the compendium;
 * `library/metadata.json`, metadata the user entered for bundled documents; removed documents and
 * editions are moved to `library/removed/`, never deleted, so a removal can be undone by hand.
 * A file that cannot be read is left where it is and listed as damaged. A library without an
 * `editions` folder (made before editions could be imported) reads as one with none.
 */
export class LibraryStore {
  private readonly queue = new KeyedQueue();

  constructor(private readonly dir: string) {}

  private get documentsDir(): string {
    return join(this.dir, 'documents');
  }

  private get editionsDir(): string {
    return join(this.dir, 'editions');
  }

  async read(): Promise<UserLibrary> {
    await mkdir(this.documentsDir, { recursive: true });
    await mkdir(this.editionsDir, { recursive: true });
    const library: UserLibrary = { documents: [], compendiums: [], metadata: [], damaged: [] };
    library.documents = await this.readFolder<ImportedDocument>('documents', validateImportedDocument, library.damaged);
    library.compendiums = await this.readFolder<ImportedCompendium>('editions', validateImportedCompendium, library.damaged);
    const metadata = await this.readMetadata().catch((error: unknown) => {
      library.damaged.push({ file: METADATA_FILE, message: error instanceof Error ? error.message : String(error) });
      return [];
    });
    library.metadata = metadata;
    return library;
  }

  /** Name, size and modification time of each document file: enough to see what changed since. */
  stamps(): Promise<LibraryFileStamp[]> {
    return this.folderStamps(this.documentsDir);
  }

  /** The same for the editions folder. */
  editionStamps(): Promise<LibraryFileStamp[]> {
    return this.folderStamps(this.editionsDir);
  }

  /** Reads these document files only, by file name; those that cannot be read are left out. */
  async readDocuments(names: readonly string[]): Promise<Map<string, ImportedDocument>> {
    const read = new Map<string, ImportedDocument>();
    for (const name of names) {
      const [document] = await this.readFiles<ImportedDocument>('documents', [name], validateImportedDocument, []);
      if (document) read.set(name, document);
    }
    return read;
  }

  /** The editions that can be read (a damaged one is listed by read()). */
  async editions(): Promise<ImportedCompendium[]> {
    await mkdir(this.editionsDir, { recursive: true });
    return this.readFolder<ImportedCompendium>('editions', validateImportedCompendium, []);
  }

  /** The metadata entered for bundled documents; a damaged file counts as none (it is listed by read()). */
  metadata(): Promise<UserDocumentMetadata[]> {
    return this.readMetadata().catch(() => []);
  }

  async add(document: NewImportedDocument): Promise<ImportedDocument> {
    const problem = validateNewImportedDocument(document);
    if (problem) throw new HostInputError('library.invalidDocument', `The document cannot be added to the library: ${problem}`);
    const stored: ImportedDocument = { ...document, libraryId: randomUUID(), importedAt: new Date().toISOString() };
    await mkdir(this.documentsDir, { recursive: true });
    await writeFileAtomic(join(this.documentsDir, `${stored.libraryId}.json`), JSON.stringify(stored, null, 1));
    return stored;
  }

  async addCompendium(compendium: NewImportedCompendium): Promise<ImportedCompendium> {
    const problem = validateNewImportedCompendium(compendium);
    if (problem) throw new HostInputError('library.invalidDocument', `The compendium cannot be added to the library: ${problem}`);
    const stored: ImportedCompendium = { ...compendium, libraryId: randomUUID(), importedAt: new Date().toISOString() };
    await mkdir(this.editionsDir, { recursive: true });
    await writeFileAtomic(join(this.editionsDir, `${stored.libraryId}.json`), JSON.stringify(stored, null, 1));
    return stored;
  }

  /** Moves an imported document or edition aside to `removed/`. */
  async remove(libraryId: string): Promise<void> {
    if (!ID.test(libraryId)) throw new HostInputError('request.invalid', `"${libraryId}" is not a library id.`);
    const removedDir = join(this.dir, 'removed');
    await mkdir(removedDir, { recursive: true });
    for (const folder of [this.documentsDir, this.editionsDir]) {
      try {
        return await rename(join(folder, `${libraryId}.json`), join(removedDir, `${libraryId}.json`));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new HostInputError('library.notFound', `No imported document ${libraryId} in the library.`);
  }

  /** Records the symbol the user entered for a bundled document (null removes it). */
  setMetadata(docId: string, symbol: string | null): Promise<void> {
    if (symbol !== null && !SYMBOL_FORMAT.test(symbol)) throw new HostInputError('library.badSymbol', `"${symbol}" is not a document symbol such as CTOC/COP/WG.7/2022/2.`, { symbol });
    return this.queue.run(METADATA_FILE, async () => {
      // A damaged metadata file is not overwritten: what the user entered there would be lost.
      const entries = (await this.readMetadata()).filter((entry) => entry.docId !== docId);
      if (symbol !== null) entries.push({ docId, symbol, enteredAt: new Date().toISOString() });
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(join(this.dir, METADATA_FILE), JSON.stringify({ version: 1, documents: entries }, null, 1));
    });
  }

  /** The valid JSON files of a folder; the others are listed as damaged and left in place. */
  private async readFolder<T>(folder: string, validate: (value: unknown) => string | null, damaged: UserLibrary['damaged']): Promise<T[]> {
    return this.readFiles<T>(folder, await jsonFileNames(join(this.dir, folder)), validate, damaged);
  }

  private async readFiles<T>(folder: string, names: readonly string[], validate: (value: unknown) => string | null, damaged: UserLibrary['damaged']): Promise<T[]> {
    const entries: T[] = [];
    for (const name of names) {
      try {
        const value: unknown = JSON.parse(await readFile(join(this.dir, folder, name), 'utf8'));
        const problem = validate(value);
        if (problem) damaged.push({ file: `${folder}/${name}`, message: problem });
        else entries.push(value as T);
      } catch (error) {
        damaged.push({ file: `${folder}/${name}`, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return entries;
  }

  private async folderStamps(dir: string): Promise<LibraryFileStamp[]> {
    await mkdir(dir, { recursive: true });
    const stamps = await Promise.all(
      (await jsonFileNames(dir)).map(async (name) => {
        const info = await stat(join(dir, name)).catch(() => null);
        return info && { name, size: info.size, mtime: info.mtimeMs };
      }),
    );
    return stamps.filter((stamp) => stamp !== null);
  }

  private async readMetadata(): Promise<UserDocumentMetadata[]> {
    let raw: string;
    try {
      raw = await readFile(join(this.dir, METADATA_FILE), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = JSON.parse(raw) as { documents?: unknown };
    const entries = Array.isArray(parsed.documents) ? parsed.documents : null;
    const valid = (entry: unknown): entry is UserDocumentMetadata =>
      typeof entry === 'object' && entry !== null && typeof (entry as UserDocumentMetadata).docId === 'string' && (typeof (entry as UserDocumentMetadata).symbol === 'string' || (entry as UserDocumentMetadata).symbol === null);
    if (!entries || !entries.every(valid)) throw new HostError('library.unreadable', `${METADATA_FILE} is not a list of document metadata.`);
    return entries;
  }
}

async function jsonFileNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
}
