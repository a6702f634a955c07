import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Corpus, DataQualityIssue, Theme } from '../../shared/corpus/model';
import { paragraphsByCompendiumKey } from '../../shared/import/compendium/compendiumKeys';
import type { ImportedCompendium } from '../../shared/import/compendium/model';
import { mergeDocumentGroup, targetDocumentId } from '../../shared/import/mergeDocumentGroup';
import type { ImportedDocument } from '../../shared/import/model';
import { paragraphRecords } from '../../shared/query/paragraphRecords';
import type { DocumentRecords, LibraryDatabase, LibraryFileStamp, StoredFile } from './LibraryDatabase';

export interface LibraryFiles {
  stamps(): Promise<LibraryFileStamp[]>;
  /** The documents of these files, by file name; a file that cannot be read is left out. */
  readDocuments(names: readonly string[]): Promise<Map<string, ImportedDocument>>;
  /** The same stamps for the English editions of the compendium (library/editions). */
  editionStamps(): Promise<LibraryFileStamp[]>;
  editions(): Promise<ImportedCompendium[]>;
}

export interface SyncSources {
  /** The bundled corpus with the user's metadata and theme suggestions applied, then these editions (mergeLibrary of it alone). */
  base: (editions: readonly ImportedCompendium[]) => Corpus;
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
  /** The file was compacted after the writes (compactWhenScattered). */
  compacted: boolean;
}

const BASE_HASH = 'base-hash';
const EDITION_STAMPS = 'edition-stamps';
/** What the editions give the whole corpus rather than a document: the themes' official labels, notes on references that line up with nothing. */
const THEMES = 'themes';
const EDITION_NOTES = 'edition-notes';
/**
 * The share of the library's paragraphs written or removed since the file was last compacted past
 * which it is compacted again: a first start, a rebuild, a large batch. About 6 s at 100,000
 * paragraphs, after an import that took minutes; a report or two imported into a large library
 * waits for the writes to add up.
 */
const SCATTERED_SHARE = 0.25;

/** The themes as the editions leave them; null when the bundled ones stand (the database was never synced). */
export function storedThemes(db: LibraryDatabase): Theme[] | null {
  const json = db.meta(THEMES);
  return json === null ? null : (JSON.parse(json) as Theme[]);
}

/** The editions' notes that concern no one document. */
export function storedEditionNotes(db: LibraryDatabase): DataQualityIssue[] {
  return JSON.parse(db.meta(EDITION_NOTES) ?? '[]') as DataQualityIssue[];
}

/**
 * The corpus the documents are merged against: the bundled one with the user's metadata, without
 * the editions (they come after the library files) and with them (for the bundled documents no
 * file joins, the themes and the notes of the whole corpus).
 */
class Bases {
  private plainBase: { corpus: Corpus; index: CorpusIndex } | null = null;
  private editionBase: { corpus: Corpus; index: CorpusIndex } | null = null;

  constructor(
    private readonly sources: SyncSources,
    readonly editions: readonly ImportedCompendium[],
  ) {}

  get plain() {
    if (!this.plainBase) {
      const corpus = this.sources.base([]);
      this.plainBase = { corpus, index: indexCorpus(corpus) };
    }
    return this.plainBase;
  }

  get withEditions() {
    if (this.editions.length === 0) return this.plain;
    if (!this.editionBase) {
      const corpus = this.sources.base(this.editions);
      this.editionBase = { corpus, index: indexCorpus(corpus) };
    }
    return this.editionBase;
  }

  /** Documents an edition may change: those with paragraphs of the compendium. */
  compendiumDocumentIds(): string[] {
    return [...new Set([...paragraphsByCompendiumKey(this.plain.corpus).values()].map((paragraph) => paragraph.docId))];
  }

  /** The notes the editions add, those of one paragraph going with its document. */
  editionNotes(): DataQualityIssue[] {
    return this.withEditions.corpus.dataQuality.slice(this.plain.corpus.dataQuality.length);
  }

  /** Records what the editions give the whole corpus, and the stamps they were read with. */
  store(db: LibraryDatabase, editionStamps: string): void {
    db.setMeta(THEMES, JSON.stringify(this.withEditions.corpus.themes));
    db.setMeta(EDITION_NOTES, JSON.stringify(this.editionNotes().filter((note) => note.paragraphId === undefined)));
    db.setMeta(EDITION_STAMPS, editionStamps);
  }
}

/**
 * Brings the database up to date with the library files: everything when the bundled corpus or
 * the metadata changed (or the database is new); otherwise only the documents whose files were
 * added, changed or removed since (by size and modification time), behind the desk's back or not.
 * Then compacts the file if the writes since it last was add up (compactWhenScattered).
 */
export async function syncLibraryDatabase(db: LibraryDatabase, sources: SyncSources): Promise<SyncReport> {
  const written = await writeChanges(db, sources);
  return { ...written, compacted: compactWhenScattered(db) };
}

/** The writes of a synchronisation, and what they did. */
async function writeChanges(db: LibraryDatabase, sources: SyncSources): Promise<Omit<SyncReport, 'compacted'>> {
  const stamps = await sources.files.stamps();
  const editionStamps = JSON.stringify(await sources.files.editionStamps());
  if (db.meta(BASE_HASH) !== sources.baseHash) return rebuild(db, sources, stamps, editionStamps);
  const editionsChanged = db.meta(EDITION_STAMPS) !== editionStamps;
  const stored = new Map(db.files().map((file) => [file.name, file]));
  const current = new Map(stamps.map((stamp) => [stamp.name, stamp]));
  const removed = [...stored.keys()].filter((name) => !current.has(name));
  const changed = stamps.filter((stamp) => {
    const before = stored.get(stamp.name);
    return !before || before.size !== stamp.size || before.mtime !== stamp.mtime;
  });
  if (removed.length === 0 && changed.length === 0 && !editionsChanged) return { rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0 };

  const bases = new Bases(sources, await sources.files.editions());
  // Documents the changed or removed files went into are merged again, with all their files; an
  // edition added or removed, the documents of the compendium.
  const affected = new Set([...removed, ...changed.map((stamp) => stamp.name)].flatMap((name) => stored.get(name)?.docId ?? []));
  if (editionsChanged) for (const id of bases.compendiumDocumentIds()) affected.add(id);
  const names = new Set(changed.map((stamp) => stamp.name));
  for (const file of stored.values()) if (file.docId !== null && affected.has(file.docId) && current.has(file.name)) names.add(file.name);
  const read = await sources.files.readDocuments([...names].sort());
  const base = bases.plain.corpus;
  const existing = new Set(db.documentIds());
  // Keys in use: the documents not merged again, and the bundled ones' short keys (as in a rebuild).
  const taken = new Set([...[...existing].filter((id) => !affected.has(id)), ...base.documents.map((document) => document.shortKey)]);
  const groups = groupFiles([...read.values()], (symbol) => db.documentIdWithSymbol(symbol), taken);
  for (const id of groups.keys()) affected.add(id);

  const ordinals = placeNewDocuments(db.ordinals(), groups);
  const documents = [...affected].flatMap((id) => mergeGroup(bases, id, groups.get(id) ?? [], taken, ordinals.get(id)!));
  const written = new Set(documents.map((entry) => entry.document.id));
  db.replace({
    removeDocuments: [...affected].filter((id) => !written.has(id)),
    documents,
    removeFiles: removed,
    files: fileRecords([...names].map((name) => current.get(name)!), read, groups),
  });
  if (editionsChanged) bases.store(db, editionStamps);
  return { rebuilt: false, filesRead: names.size, documentsWritten: documents.length, documentsRemoved: [...affected].filter((id) => existing.has(id) && !written.has(id)).length };
}

async function rebuild(db: LibraryDatabase, sources: SyncSources, stamps: readonly LibraryFileStamp[], editionStamps: string): Promise<Omit<SyncReport, 'compacted'>> {
  const read = await sources.files.readDocuments(stamps.map((stamp) => stamp.name));
  const bases = new Bases(sources, await sources.files.editions());
  const base = bases.plain.corpus;
  const taken = new Set(base.documents.flatMap((document) => [document.id, document.shortKey]));
  const bySymbol = new Map(base.documents.flatMap((document) => (document.symbol ? [[document.symbol, document.id] as const] : [])));
  const groups = groupFiles([...read.values()], (symbol) => bySymbol.get(symbol) ?? null, taken);
  const ordinals = placeNewDocuments(new Map(base.documents.map((document, ordinal) => [document.id, ordinal])), groups);
  const documents = [...ordinals.keys()].flatMap((id) => mergeGroup(bases, id, groups.get(id) ?? [], taken, ordinals.get(id)!));
  const existing = db.documentIds();
  db.replace({ removeDocuments: existing, documents, removeFiles: db.files().map((file) => file.name), files: fileRecords(stamps, read, groups), everything: true });
  bases.store(db, editionStamps);
  db.setMeta(BASE_HASH, sources.baseHash);
  return { rebuilt: true, filesRead: stamps.length, documentsWritten: documents.length, documentsRemoved: 0 };
}

/** Compacts the file once the writes since it last was add up to SCATTERED_SHARE of its paragraphs; true if it did. */
function compactWhenScattered(db: LibraryDatabase): boolean {
  const written = db.paragraphsWrittenSinceCompacted();
  if (written === 0 || written < SCATTERED_SHARE * db.paragraphCount()) return false;
  try {
    db.compact();
    return true;
  } catch {
    // Another process writing, or too little free disk: the file works as it is, and a later
    // synchronisation tries again (the writes still count).
    return false;
  }
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

function mergeGroup(bases: Bases, id: string, files: readonly ImportedDocument[], taken: ReadonlySet<string>, ordinal: number): DocumentRecords[] {
  const bundled = bases.plain.index.documents.get(id);
  // A bundled document no file joins is as the bundled corpus and the editions have it.
  if (bundled && files.length === 0) {
    const { index } = bases.withEditions;
    const document = index.documents.get(id)!;
    const own = new Set(document.paragraphIds);
    const notes = bases.editionNotes().filter((note) => note.paragraphId !== undefined && own.has(note.paragraphId));
    return [{ document, bundled: true, ordinal, notes, records: paragraphRecords(index, document) }];
  }
  if (!bundled && files.length === 0) return [];
  const others = new Set([...taken].filter((key) => key !== id));
  const merged = mergeDocumentGroup(bases.plain.corpus, bundled ? id : null, files, others, bases.editions);
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
