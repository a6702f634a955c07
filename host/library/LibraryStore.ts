import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportedDocument, UserDocumentMetadata, UserLibrary } from '../../shared/import/model';
import { SYMBOL_FORMAT, validateImportedDocument, validateNewImportedDocument } from '../../shared/import/validateImportedDocument';
import { KeyedQueue } from '../drafts/KeyedQueue';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { HostInputError } from '../HostInputError';

const METADATA_FILE = 'metadata.json';
const ID = /^[\w-]{1,64}$/;

/**
 * The user's library in the data folder: `library/documents/<id>.json`, one imported document
 * each; `library/metadata.json`, metadata the user entered for bundled documents; removed
 * documents are moved to `library/removed/`, never deleted, so a removal can be undone by hand.
 * A file that cannot be read is left where it is and listed as damaged.
 */
export class LibraryStore {
  private readonly queue = new KeyedQueue();

  constructor(private readonly dir: string) {}

  private get documentsDir(): string {
    return join(this.dir, 'documents');
  }

  async read(): Promise<UserLibrary> {
    await mkdir(this.documentsDir, { recursive: true });
    const library: UserLibrary = { documents: [], metadata: [], damaged: [] };
    const names = (await readdir(this.documentsDir)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
    for (const name of names) await this.readDocumentFile(name, library);
    const metadata = await this.readMetadata().catch((error: unknown) => {
      library.damaged.push({ file: METADATA_FILE, message: error instanceof Error ? error.message : String(error) });
      return [];
    });
    library.metadata = metadata;
    return library;
  }

  /** Name, size and modification time of each document file: enough to see what changed since. */
  async stamps(): Promise<{ name: string; size: number; mtime: number }[]> {
    await mkdir(this.documentsDir, { recursive: true });
    const names = (await readdir(this.documentsDir)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
    const stamps = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(this.documentsDir, name)).catch(() => null);
        return info && { name, size: info.size, mtime: info.mtimeMs };
      }),
    );
    return stamps.filter((stamp) => stamp !== null);
  }

  /** Reads these document files only, by file name; those that cannot be read are left out. */
  async readDocuments(names: readonly string[]): Promise<Map<string, ImportedDocument>> {
    const read = new Map<string, ImportedDocument>();
    for (const name of names) {
      const library: Pick<UserLibrary, 'documents' | 'damaged'> = { documents: [], damaged: [] };
      await this.readDocumentFile(name, library);
      if (library.documents[0]) read.set(name, library.documents[0]);
    }
    return read;
  }

  /** The metadata entered for bundled documents; a damaged file counts as none (it is listed by read()). */
  metadata(): Promise<UserDocumentMetadata[]> {
    return this.readMetadata().catch(() => []);
  }

  async add(document: NewImportedDocument): Promise<ImportedDocument> {
    const problem = validateNewImportedDocument(document);
    if (problem) throw new HostInputError(`The document cannot be added to the library: ${problem}`);
    const stored: ImportedDocument = { ...document, libraryId: randomUUID(), importedAt: new Date().toISOString() };
    await mkdir(this.documentsDir, { recursive: true });
    await writeFileAtomic(join(this.documentsDir, `${stored.libraryId}.json`), JSON.stringify(stored, null, 1));
    return stored;
  }

  async remove(libraryId: string): Promise<void> {
    if (!ID.test(libraryId)) throw new HostInputError(`"${libraryId}" is not a library id.`);
    const removedDir = join(this.dir, 'removed');
    await mkdir(removedDir, { recursive: true });
    try {
      await rename(join(this.documentsDir, `${libraryId}.json`), join(removedDir, `${libraryId}.json`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HostInputError(`No imported document ${libraryId} in the library.`);
      throw error;
    }
  }

  /** Records the symbol the user entered for a bundled document (null removes it). */
  setMetadata(docId: string, symbol: string | null): Promise<void> {
    if (symbol !== null && !SYMBOL_FORMAT.test(symbol)) throw new HostInputError(`"${symbol}" is not a document symbol such as CTOC/COP/WG.7/2022/2.`);
    return this.queue.run(METADATA_FILE, async () => {
      // A damaged metadata file is not overwritten: what the user entered there would be lost.
      const entries = (await this.readMetadata()).filter((entry) => entry.docId !== docId);
      if (symbol !== null) entries.push({ docId, symbol, enteredAt: new Date().toISOString() });
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(join(this.dir, METADATA_FILE), JSON.stringify({ version: 1, documents: entries }, null, 1));
    });
  }

  private async readDocumentFile(name: string, into: Pick<UserLibrary, 'documents' | 'damaged'>): Promise<void> {
    try {
      const document: unknown = JSON.parse(await readFile(join(this.documentsDir, name), 'utf8'));
      const problem = validateImportedDocument(document);
      if (problem) into.damaged.push({ file: `documents/${name}`, message: problem });
      else into.documents.push(document as ImportedDocument);
    } catch (error) {
      into.damaged.push({ file: `documents/${name}`, message: error instanceof Error ? error.message : String(error) });
    }
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
    if (!entries || !entries.every(valid)) throw new Error(`${METADATA_FILE} is not a list of document metadata.`);
    return entries;
  }
}
