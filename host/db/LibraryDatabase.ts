import Database from 'better-sqlite3';
import { LANGS, type CorpusDocument, type DataQualityIssue, type Lang, type Paragraph } from '../../shared/corpus/model';
import type { PrecedentRowView } from '../../shared/query/model';
import type { ParagraphRecord } from '../../shared/query/paragraphRecords';
import type { CorpusPlaces } from '../../shared/check/phraseUsage';
import type { PrecedentIndex } from '../../shared/check/precedentIndex';
import { CheckIndexWriter, corpusOrder } from './CheckIndexWriter';
import { SCHEMA, SCHEMA_VERSION, WORD_ROWS_TABLE } from './schema';
import { storedPrecedentIndex } from './storedPrecedentIndex';

export interface LibraryFileStamp {
  name: string;
  size: number;
  mtime: number;
}

export interface StoredFile extends LibraryFileStamp {
  docId: string | null;
}

/** One merged document and its paragraphs' records, as written together. */
export interface DocumentRecords {
  document: CorpusDocument;
  bundled: boolean;
  /** Its place in the merged corpus (mergeLibrary's order). */
  ordinal: number;
  /** What merging its library files noted, for the data-quality list. */
  notes: DataQualityIssue[];
  records: ParagraphRecord[];
}

const PARAGRAPHS_WRITTEN = 'paragraphs-written-since-compacted';

/** What a facts load reads of each paragraph, as a plain array (100,000 of them at a start). */
export type FactRow = [rowid: number, id: string, docId: string, parentId: string | null, adopted: number, hasRef: number, body: number, meeting: number, year: number, strengths: number, addressees: number, themeIds: string];

/**
 * The SQLite file holding what is derived from the library: documents, paragraphs with their
 * facts and table rows, the full-text index. Synchronous (better-sqlite3): each call is one step
 * of the host's event loop, and a write is one transaction.
 */
export class LibraryDatabase {
  private constructor(private readonly db: Database.Database) {}

  /** Opens the file, creating its tables when new; throws when it is not a readable database of this schema. */
  static open(file: string, nativeBinding?: string): LibraryDatabase {
    const db = new Database(file, nativeBinding ? { nativeBinding } : {});
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
      if (!hasMeta) {
        db.exec(SCHEMA);
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
      }
      const database = new LibraryDatabase(db);
      if (database.meta('schema') !== String(SCHEMA_VERSION)) throw new Error(`schema ${database.meta('schema')}, expected ${SCHEMA_VERSION}`);
      db.exec(WORD_ROWS_TABLE);
      return database;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }

  meta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  files(): StoredFile[] {
    return (this.db.prepare('SELECT name, size, mtime, doc_id FROM library_files').all() as { name: string; size: number; mtime: number; doc_id: string | null }[]).map((row) => ({ name: row.name, size: row.size, mtime: row.mtime, docId: row.doc_id }));
  }

  /** Each document's place in the merged corpus. */
  ordinals(): Map<string, number> {
    return new Map(this.db.prepare('SELECT id, ordinal FROM documents').raw().all() as [string, number][]);
  }

  documentIds(): string[] {
    return (this.db.prepare('SELECT id FROM documents').pluck().all() as string[]);
  }

  documentIdWithSymbol(symbol: string): string | null {
    return (this.db.prepare('SELECT id FROM documents WHERE symbol = ? ORDER BY bundled DESC LIMIT 1').pluck().get(symbol) as string | undefined) ?? null;
  }

  /**
   * Replaces documents and files in one transaction: nothing half-written survives a crash.
   * `everything`: the documents removed are all of them (a rebuild), so the check's index is emptied at once.
   */
  replace(change: { removeDocuments: readonly string[]; documents: readonly DocumentRecords[]; removeFiles: readonly string[]; files: readonly StoredFile[]; everything?: boolean }): void {
    const deleteText = ['words_fr', 'words_en', 'folded_fr', 'folded_en'].map((table) => this.db.prepare(`DELETE FROM ${table} WHERE rowid = ?`));
    const insertWords = { fr: this.db.prepare('INSERT INTO words_fr (rowid, words) VALUES (?, ?)'), en: this.db.prepare('INSERT INTO words_en (rowid, words) VALUES (?, ?)') };
    const insertFolded = { fr: this.db.prepare('INSERT INTO folded_fr (rowid, text) VALUES (?, ?)'), en: this.db.prepare('INSERT INTO folded_en (rowid, text) VALUES (?, ?)') };
    const rowidsOf = this.db.prepare('SELECT rowid FROM paragraphs INDEXED BY paragraph_facts WHERE doc_id = ?').pluck();
    const deleteParagraphs = this.db.prepare('DELETE FROM paragraphs WHERE doc_id = ?');
    const deleteDocument = this.db.prepare('DELETE FROM documents WHERE id = ?');
    const insertDocument = this.db.prepare('INSERT INTO documents (id, symbol, bundled, ordinal, notes, json) VALUES (?, ?, ?, ?, ?, ?)');
    const insertParagraph = this.db.prepare(
      `INSERT INTO paragraphs (id, doc_id, position, parent_id, adopted, has_ref, body, meeting, year, strengths, addressees, theme_ids, depth, json, view)
       VALUES (@id, @doc_id, @position, @parent_id, @adopted, @has_ref, @body, @meeting, @year, @strengths, @addressees, @theme_ids, @depth, @json, @view)`,
    );
    const deleteFile = this.db.prepare('DELETE FROM library_files WHERE name = ?');
    const upsertFile = this.db.prepare('INSERT INTO library_files (name, size, mtime, doc_id) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, doc_id = excluded.doc_id');
    const checkIndex = new CheckIndexWriter(this.db);
    let paragraphsWritten = 0;
    const removeDocument = (id: string) => {
      for (const rowid of rowidsOf.all(id) as number[]) {
        for (const statement of deleteText) statement.run(rowid);
        checkIndex.remove(rowid);
      }
      paragraphsWritten += deleteParagraphs.run(id).changes;
      deleteDocument.run(id);
    };
    this.db.transaction(() => {
      if (change.everything) checkIndex.clear();
      for (const id of change.removeDocuments) removeDocument(id);
      for (const { document, bundled, ordinal, notes, records } of change.documents) {
        removeDocument(document.id);
        const { paragraphIds: _ordered, ...described } = document;
        insertDocument.run(document.id, document.symbol, bundled ? 1 : 0, ordinal, JSON.stringify(notes), JSON.stringify(described));
        for (const record of records) {
          const { paragraph } = record;
          const { lastInsertRowid } = insertParagraph.run({
            id: paragraph.id,
            doc_id: document.id,
            position: record.position,
            parent_id: paragraph.parentId,
            adopted: paragraph.adopted ? 1 : 0,
            has_ref: record.hasRef ? 1 : 0,
            body: record.body,
            meeting: record.meeting,
            year: record.year,
            strengths: record.strengths,
            addressees: record.addressees,
            theme_ids: JSON.stringify(paragraph.themeIds),
            depth: record.depth,
            json: JSON.stringify(paragraph),
            view: JSON.stringify(record.view),
          });
          checkIndex.add(lastInsertRowid, paragraph, corpusOrder(ordinal, record.position));
          for (const lang of ['fr', 'en'] as const) {
            insertWords[lang].run(lastInsertRowid, record.words[lang]);
            insertFolded[lang].run(lastInsertRowid, record.folded[lang]);
          }
        }
        paragraphsWritten += records.length;
      }
      checkIndex.finish();
      this.db.exec('DELETE FROM word_rows');
      for (const name of change.removeFiles) deleteFile.run(name);
      for (const file of change.files) upsertFile.run(file.name, file.size, file.mtime, file.docId);
      this.db.exec(`DELETE FROM vocabulary;
        INSERT INTO vocabulary (lang, term) SELECT 'fr', term FROM fts_vocabulary_fr;
        INSERT INTO vocabulary (lang, term) SELECT 'en', term FROM fts_vocabulary_en;`);
      this.setMeta(PARAGRAPHS_WRITTEN, String(this.paragraphsWrittenSinceCompacted() + paragraphsWritten));
    })();
  }

  /** Paragraphs written or removed since the file was last compacted; a file from before compaction counts all of them. */
  paragraphsWrittenSinceCompacted(): number {
    const written = this.meta(PARAGRAPHS_WRITTEN);
    return written === null ? this.paragraphCount() : Number(written);
  }

  /**
   * Rewrites the file table by table (VACUUM). A write interleaves the pages of every table it
   * touches (a paragraph's row, its folded texts, its words, its check postings), so that reading
   * one table from a cold disk reads pages all over the file: the folded texts of 100,000
   * paragraphs took 1.4 s so, 0.19 s compacted. Takes about 6 s at that size, and free disk for
   * two copies of the file (the new one, and the write-ahead log it goes through).
   */
  compact(): void {
    this.db.exec('VACUUM');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.setMeta(PARAGRAPHS_WRITTEN, '0');
  }

  /** What merging the library files noted, document by document in order. */
  notes(): DataQualityIssue[] {
    return (this.db.prepare("SELECT notes FROM documents WHERE notes != '[]' ORDER BY ordinal").pluck().all() as string[]).flatMap((json) => JSON.parse(json) as DataQualityIssue[]);
  }

  /** Every document in mergeLibrary's order, with its paragraph ids in order. */
  documents(): { document: CorpusDocument; bundled: boolean }[] {
    const ids = new Map<string, string[]>();
    for (const row of this.db.prepare('SELECT doc_id, id FROM paragraphs INDEXED BY paragraph_facts ORDER BY doc_id, position').raw().iterate() as Iterable<[string, string]>) {
      let list = ids.get(row[0]);
      if (!list) ids.set(row[0], (list = []));
      list.push(row[1]);
    }
    return (this.db.prepare('SELECT id, bundled, json FROM documents ORDER BY ordinal').all() as { id: string; bundled: number; json: string }[]).map((row) => ({
      document: { ...(JSON.parse(row.json) as Omit<CorpusDocument, 'paragraphIds'>), paragraphIds: ids.get(row.id) ?? [] },
      bundled: row.bundled === 1,
    }));
  }

  /** Documents described without their paragraph ids, with how many paragraphs each has. */
  documentSummaries(): { document: Omit<CorpusDocument, 'paragraphIds'>; paragraphCount: number }[] {
    const counts = new Map((this.db.prepare('SELECT doc_id, count(*) FROM paragraphs INDEXED BY paragraph_facts GROUP BY doc_id').raw().all() as [string, number][]));
    return (this.db.prepare('SELECT id, json FROM documents ORDER BY ordinal').all() as { id: string; json: string }[]).map((row) => ({ document: JSON.parse(row.json) as Omit<CorpusDocument, 'paragraphIds'>, paragraphCount: counts.get(row.id) ?? 0 }));
  }

  /** The facts of every paragraph, document by document in order, read from their covering index alone. */
  factRows(): FactRow[] {
    return this.db.prepare('SELECT rowid, id, doc_id, parent_id, adopted, has_ref, body, meeting, year, strengths, addressees, theme_ids FROM paragraphs INDEXED BY paragraph_facts ORDER BY doc_id, position').raw().all() as FactRow[];
  }

  /** The words of the full-text index in one language, in order. */
  vocabulary(lang: Lang): string[] {
    return this.db.prepare('SELECT term FROM vocabulary WHERE lang = ? ORDER BY term').pluck().all(lang) as string[];
  }

  /** The search's word lists kept for the paragraphs in `rowOrder` (see keepWordRows), as stored. */
  wordRows(lang: Lang, rowOrder: string): Uint8Array | null {
    return (this.db.prepare('SELECT lists FROM word_rows WHERE lang = ? AND row_order = ?').pluck().get(lang, rowOrder) as Uint8Array | undefined) ?? null;
  }

  /**
   * Keeps the search's word lists (encoded), made for the paragraphs in the order `rowOrder` names.
   * Throws at once (SQLITE_BUSY) while another process writes: waiting would hold the host's searches.
   */
  keepWordRows(lang: Lang, rowOrder: string, lists: Uint8Array): void {
    const busyTimeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      this.db.prepare('INSERT INTO word_rows (lang, row_order, lists) VALUES (?, ?, ?) ON CONFLICT (lang) DO UPDATE SET row_order = excluded.row_order, lists = excluded.lists').run(lang, rowOrder, Buffer.from(lists.buffer, lists.byteOffset, lists.byteLength));
    } finally {
      this.db.pragma(`busy_timeout = ${busyTimeout}`);
    }
  }

  /** The paragraphs' folded texts in one language, with their rowids, in rowid order, those after `afterRowid`: read as iterated. */
  foldedTexts(lang: Lang, afterRowid = 0): IterableIterator<[rowid: number, text: string]> {
    return this.db.prepare(`SELECT rowid, text FROM folded_${lang} WHERE rowid > ? ORDER BY rowid`).raw().iterate(afterRowid) as IterableIterator<[number, string]>;
  }

  views(rowids: readonly number[]): PrecedentRowView[] {
    // One statement for the page, not one per row: a page of 100 rows in 0.17 ms instead of 0.73.
    const views = this.db.prepare('SELECT p.view FROM json_each(?) asked JOIN paragraphs p ON p.rowid = asked.value ORDER BY asked.key').pluck().all(JSON.stringify(rowids)) as string[];
    return views.map((view) => JSON.parse(view) as PrecedentRowView);
  }

  paragraphs(ids: readonly string[]): Paragraph[] {
    const paragraphs = this.db.prepare('SELECT p.json FROM json_each(?) asked JOIN paragraphs p ON p.id = asked.value ORDER BY asked.key').pluck().all(JSON.stringify(ids)) as string[];
    return paragraphs.map((json) => JSON.parse(json) as Paragraph);
  }

  /** Every paragraph, document by document in mergeLibrary's order (the whole corpus, for PrecedentLibrary.corpus). */
  allParagraphs(): Paragraph[] {
    return (this.db.prepare('SELECT p.json FROM paragraphs p JOIN documents d ON d.id = p.doc_id ORDER BY d.ordinal, p.position').pluck().all() as string[]).map((json) => JSON.parse(json) as Paragraph);
  }

  /** The check's stored index in each language (read as the check asks, nothing built). */
  precedentIndexes(): Map<Lang, PrecedentIndex> {
    return new Map(LANGS.map((lang) => [lang, storedPrecedentIndex(this.db, lang)]));
  }

  /** Paragraphs in mergeLibrary's order, each with its document's year (where a phrase is used). */
  places: CorpusPlaces = (paragraphIds) => {
    const rows = this.db
      .prepare('SELECT p.id, p.year FROM json_each(?) j JOIN paragraphs p ON p.id = j.value JOIN documents d ON d.id = p.doc_id ORDER BY d.ordinal, p.position')
      .raw()
      .all(JSON.stringify([...paragraphIds])) as [string, number][];
    return rows.map(([id, year]) => ({ id, year }));
  };

  paragraphCount(): number {
    return this.db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number;
  }
}

