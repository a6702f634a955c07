import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Corpus } from '../../shared/corpus/model';
import { mergeDocumentGroup, targetDocumentId } from '../../shared/import/mergeDocumentGroup';
import type { ImportedDocument } from '../../shared/import/model';
import { paragraphRecords } from '../../shared/query/paragraphRecords';
import type { DocumentRecords, LibraryDatabase, LibraryFileStamp, StoredFile } from './LibraryDatabase';

export interface LibraryFiles {
  stamps(): Promise<LibraryFileStamp[]>;
  /** The documents of these files, by file name; a file that cannot be read is left out. */
  readDocuments(names: readonly string[]): Promise<Map<string, ImportedDocument>>;
}

export interface SyncSources {
  /** The bundled corpus with the user's metadata and theme suggestions applied (mergeLibrary of it alone). */
  base: () => Corpus;
  /** Changes when the bundled corpus or the user's metadata changes: then everything is derived again. */
  baseHash: string;
  files: LibraryFiles;
}

export interface SyncReport {
  rebuilt: boolean;
  /** Library files read (a start with nothing changed reads none). */
  filesRead: number;
  documentsWritten: number;
  documentsRemoved: number;
}

const BASE_HASH = 'base-hash';

/**
 * Brings the database up to date with the library files: everything when the bundled corpus or
 * the metadata changed (or the database is new); otherwise only the documents whose files were
 * added, changed or removed since (by size and modification time), behind the desk's back or not.
 */
export async function syncLibraryDatabase(db: LibraryDatabase, sources: SyncSources): Promise<SyncReport> {
  const stamps = await sources.files.stamps();
  if (db.meta(BASE_HASH) !== sources.baseHash) return rebuild(db, sources, stamps);
  const stored = new Map(db.files().map((file) => [file.name, file]));
  const current = new Map(stamps.map((stamp) => [stamp.name, stamp]));
  const removed = [...stored.keys()].filter((name) => !current.has(name));
  const changed = stamps.filter((stamp) => {
    const before = stored.get(stamp.name);
    return !before || before.size !== stamp.size || before.mtime !== stamp.mtime;
  });
  if (removed.length === 0 && changed.length === 0) return { rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0 };

  // Documents the changed or removed files went into are merged again, with all their files.
  const affected = new Set([...removed, ...changed.map((stamp) => stamp.name)].flatMap((name) => stored.get(name)?.docId ?? []));
  const names = new Set(changed.map((stamp) => stamp.name));
  for (const file of stored.values()) if (file.docId !== null && affected.has(file.docId) && current.has(file.name)) names.add(file.name);
  const read = await sources.files.readDocuments([...names].sort());
  const base = sources.base();
  const baseIndex = indexCorpus(base);
  const existing = new Set(db.documentIds());
  // Keys in use: the documents not merged again, and the bundled ones' short keys (as in a rebuild).
  const taken = new Set([...[...existing].filter((id) => !affected.has(id)), ...base.documents.map((document) => document.shortKey)]);
  const groups = groupFiles([...read.values()], (symbol) => db.documentIdWithSymbol(symbol), taken);
  for (const id of groups.keys()) affected.add(id);

  const ordinals = placeNewDocuments(db.ordinals(), groups);
  const documents = [...affected].flatMap((id) => mergeGroup(base, baseIndex, id, groups.get(id) ?? [], taken, ordinals.get(id)!));
  const written = new Set(documents.map((entry) => entry.document.id));
  db.replace({
    removeDocuments: [...affected].filter((id) => !written.has(id)),
    documents,
    removeFiles: removed,
    files: fileRecords([...names].map((name) => current.get(name)!), read, groups),
  });
  return { rebuilt: false, filesRead: names.size, documentsWritten: documents.length, documentsRemoved: [...affected].filter((id) => existing.has(id) && !written.has(id)).length };
}

async function rebuild(db: LibraryDatabase, sources: SyncSources, stamps: readonly LibraryFileStamp[]): Promise<SyncReport> {
  const read = await sources.files.readDocuments(stamps.map((stamp) => stamp.name));
  const base = sources.base();
  const baseIndex = indexCorpus(base);
  const taken = new Set(base.documents.flatMap((document) => [document.id, document.shortKey]));
  const bySymbol = new Map(base.documents.flatMap((document) => (document.symbol ? [[document.symbol, document.id] as const] : [])));
  const groups = groupFiles([...read.values()], (symbol) => bySymbol.get(symbol) ?? null, taken);
  const ordinals = placeNewDocuments(new Map(base.documents.map((document, ordinal) => [document.id, ordinal])), groups);
  const documents = [...ordinals.keys()].flatMap((id) => mergeGroup(base, baseIndex, id, groups.get(id) ?? [], taken, ordinals.get(id)!));
  const existing = db.documentIds();
  db.replace({ removeDocuments: existing, documents, removeFiles: db.files().map((file) => file.name), files: fileRecords(stamps, read, groups) });
  db.setMeta(BASE_HASH, sources.baseHash);
  return { rebuilt: true, filesRead: stamps.length, documentsWritten: documents.length, documentsRemoved: 0 };
}

/**
 * The files by the document they join, in the order mergeLibrary takes them (import date): a new
 * short key is taken as it is given, so two documents without a symbol never share one.
 */
function groupFiles(files: readonly ImportedDocument[], documentWithSymbol: (symbol: string) => string | null, taken: Set<string>): Map<string, ImportedDocument[]> {
  const groups = new Map<string, ImportedDocument[]>();
  const newBySymbol = new Map<string, string>();
  const ordered = [...files].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.libraryId.localeCompare(b.libraryId));
  for (const file of ordered) {
    const target = targetDocumentId(file, (symbol) => documentWithSymbol(symbol) ?? newBySymbol.get(symbol) ?? null, (key) => taken.has(key));
    if (file.metadata.symbol !== null) newBySymbol.set(file.metadata.symbol, target);
    taken.add(target);
    const group = groups.get(target) ?? [];
    group.push(file);
    groups.set(target, group);
  }
  return groups;
}

/**
 * The places of the documents, those placed already kept, new ones after them in the order their
 * first file was imported (groups are in that order), as mergeLibrary adds them.
 */
function placeNewDocuments(placed: ReadonlyMap<string, number>, groups: ReadonlyMap<string, ImportedDocument[]>): Map<string, number> {
  const ordinals = new Map(placed);
  let next = Math.max(-1, ...placed.values()) + 1;
  for (const id of groups.keys()) if (!ordinals.has(id)) ordinals.set(id, next++);
  return ordinals;
}

function mergeGroup(base: Corpus, baseIndex: CorpusIndex, id: string, files: readonly ImportedDocument[], taken: ReadonlySet<string>, ordinal: number): DocumentRecords[] {
  const bundled = baseIndex.documents.get(id);
  // A bundled document no file joins is as the bundled corpus has it.
  if (bundled && files.length === 0) return [{ document: bundled, bundled: true, ordinal, notes: [], records: paragraphRecords(baseIndex, bundled) }];
  if (!bundled && files.length === 0) return [];
  const others = new Set([...taken].filter((key) => key !== id));
  const merged = mergeDocumentGroup(base, bundled ? id : null, files, others);
  const index = indexCorpus(merged.corpus);
  // The group's notes go with its document (a group gives one).
  return merged.documents.map((document, i) => ({ document, bundled: bundled !== undefined, ordinal, notes: i === 0 ? merged.corpus.dataQuality : [], records: paragraphRecords(index, document) }));
}

/** Each file's stamp and the document it joined (null: unreadable, merged into nothing). */
function fileRecords(stamps: readonly LibraryFileStamp[], read: ReadonlyMap<string, ImportedDocument>, groups: ReadonlyMap<string, ImportedDocument[]>): StoredFile[] {
  const targetOf = new Map<ImportedDocument, string>();
  for (const [id, files] of groups) for (const file of files) targetOf.set(file, id);
  return stamps.map((stamp) => {
    const document = read.get(stamp.name);
    return { ...stamp, docId: document ? (targetOf.get(document) ?? null) : null };
  });
}
