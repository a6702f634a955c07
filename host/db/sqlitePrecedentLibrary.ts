import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { checkerOverIndexes, type PrecedentChecker } from '../../shared/check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import { LANGS, type Corpus, type CorpusDocument } from '../../shared/corpus/model';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import type { UserDocumentMetadata } from '../../shared/import/model';
import { facetOptionsOf } from '../../shared/query/facetOptions';
import type { CatalogNotice, PrecedentCatalog } from '../../shared/query/PrecedentCatalog';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import type { PrecedentLibrary } from '../precedents/PrecedentLibrary';
import { LibraryDatabase } from './LibraryDatabase';
import { checkTableNames, SCHEMA_VERSION } from './schema';
import { createSqlitePrecedentSource } from './SqlitePrecedentSource';
import { storedEditionNotes, storedThemes, syncLibraryDatabase, type LibraryFiles, type SyncReport } from './syncLibraryDatabase';
import { TableReadAhead } from './warmTables';

/**
 * From this many paragraphs on, the check's tables are read ahead (warmTables): at 100,000, 100
 * checks right after a cold start had a p95 of 48–68 ms before, 38–42 ms after. Below, they are a
 * few megabytes that a first check reads in milliseconds.
 */
const CHECK_READ_AHEAD_FROM = 10_000;
/**
 * The read ahead starts at the first check, or once the library is loaded and the window has asked
 * for no rows or paragraphs for this long: after the start's own reads (the first rows, the
 * search's word lists and texts), which on a cold disk it slowed when it ran beside them (the
 * search's: 362–534 ms against 266–415 ms), and between a delegate's searches, whose keys it
 * slowed too (0.4–2.9 ms a key on average, the file cached).
 */
const CHECK_READ_AHEAD_AFTER_MS = 2_000;

export interface SqliteLibraryOptions {
  /** The database file, in the data folder. */
  file: string;
  loadBundled: () => Promise<Corpus>;
  files: LibraryFiles & { metadata(): Promise<UserDocumentMetadata[]> };
  nativeBinding?: string;
  /** Hears what each synchronisation did (tests, the bench, the command line). */
  onSync?: (report: SyncReport) => void;
  /** From how many paragraphs the check's tables are read ahead (CHECK_READ_AHEAD_FROM unless said). */
  checkReadAheadFrom?: number;
  /** Hears each read ahead of the check's tables end: their rows, or null if it failed or was stopped (tests). */
  onCheckReadAhead?: (tableRows: number[] | null) => void;
}

/**
 * The library served from its database in the data folder: opened (or rebuilt from the library
 * files when missing or unreadable, with a notice for the window) and brought up to date at start,
 * updated for the documents concerned after each change.
 */
export function sqlitePrecedentLibrary(options: SqliteLibraryOptions): PrecedentLibrary {
  let state: Promise<LoadedLibrary> | null = null;
  const notices: CatalogNotice[] = [];
  let db: LibraryDatabase | null = null;
  /** The file was missing (deleted, or a first start) or unreadable when opened. */
  let lost = false;
  /** The check's tables read ahead, for a library loaded large enough. */
  let checkReadAhead: TableReadAhead | null = null;
  const stopCheckReadAhead = async () => {
    await checkReadAhead?.stop();
    checkReadAhead = null;
  };

  const open = async (): Promise<LibraryDatabase> => {
    lost = !existsSync(options.file);
    try {
      return LibraryDatabase.open(options.file, options.nativeBinding);
    } catch {
      // The database holds nothing that is not in the library files: it is made again from them.
      await removeDatabase(options.file);
      lost = true;
      return LibraryDatabase.open(options.file, options.nativeBinding);
    }
  };

  const sync = async (): Promise<LoadedLibrary> => {
    // Its reads would only compete with the writes, which change what is worth reading.
    await stopCheckReadAhead();
    db ??= await open();
    const [bundled, metadata] = await Promise.all([options.loadBundled(), options.files.metadata()]);
    const baseHash = createHash('sha256').update(`${SCHEMA_VERSION}\n${JSON.stringify(bundled)}\n${JSON.stringify(metadata)}`).digest('hex');
    const report = await syncLibraryDatabase(db, { baseHash, files: options.files, base: (compendiums) => mergeLibrary(bundled, { documents: [], metadata, compendiums: [...compendiums] }) });
    options.onSync?.(report);
    // Rebuilt from library files the user has: say so (a first start has none to tell about).
    if (lost && report.filesRead > 0 && !notices.includes('database-rebuilt')) notices.push('database-rebuilt');
    lost = false;
    const library = loadLibrary(db, bundled, [...notices]);
    if (library.catalog.paragraphCount >= (options.checkReadAheadFrom ?? CHECK_READ_AHEAD_FROM)) {
      checkReadAhead = new TableReadAhead(options.file, LANGS.flatMap(checkTableNames), { afterMs: CHECK_READ_AHEAD_AFTER_MS, nativeBinding: options.nativeBinding, onDone: options.onCheckReadAhead });
    }
    return library;
  };

  const loaded = () => {
    if (!state) {
      state = sync();
      state.catch(() => (state = null));
    }
    return state;
  };

  return {
    catalog: async () => (await loaded()).catalog,
    engine: async () => {
      // The window is asking for rows or paragraphs (see CHECK_READ_AHEAD_AFTER_MS).
      checkReadAhead?.postpone();
      return (await loaded()).engine;
    },
    corpus: async () => (await loaded()).corpus(),
    index: async () => (await loaded()).index(),
    checker: async () => {
      const library = await loaded();
      checkReadAhead?.start();
      return library.checker();
    },
    async libraryChanged() {
      await loaded().catch(() => null);
      state = sync();
      await state;
    },
    async close() {
      // A start or an update still running would go on writing, or open the file again after it closed.
      await state?.catch(() => null);
      await stopCheckReadAhead();
      db?.close();
      db = null;
      state = null;
    },
  };
}

interface LoadedLibrary {
  catalog: PrecedentCatalog;
  engine: PrecedentQueryEngine;
  corpus(): Corpus;
  index(): CorpusIndex;
  checker(): PrecedentChecker;
}

function loadLibrary(db: LibraryDatabase, bundled: Corpus, notices: CatalogNotice[]): LoadedLibrary {
  const summaries = db.documentSummaries();
  const documents = summaries.map(({ document, paragraphCount }) => ({ ...document, paragraphCount }));
  // The editions' official English theme names, when one was imported.
  const themes = storedThemes(db) ?? bundled.themes;
  const source = createSqlitePrecedentSource(db, documents, themes);
  const coverage = coverageOf(bundled, documents);
  let whole: Corpus | null = null;
  let index: CorpusIndex | null = null;
  let checker: PrecedentChecker | null = null;
  const loaded: LoadedLibrary = {
    catalog: { documents, themes, coverage, facetOptions: facetOptionsOf(documents, source.facts), paragraphCount: source.facts.ids.length, notices },
    engine: new PrecedentQueryEngine(source),
    // The whole corpus, for what the host works out over all of it (index): read once per state of the library.
    corpus: () => {
      if (!whole) {
        const all = db.documents().map((entry) => entry.document);
        whole = { documents: all, paragraphs: db.allParagraphs(), themes, dataQuality: [...bundled.dataQuality, ...storedEditionNotes(db), ...db.notes()], coverage: coverageOf(bundled, all) };
      }
      return whole;
    },
    // Built from the whole corpus when the Word check (its citations) or an import preview first asks.
    index: () => (index ??= indexCorpus(loaded.corpus())),
    // Over the database's check index, kept up to date with the paragraphs: nothing to build.
    checker: () => (checker ??= checkerOverIndexes(db.precedentIndexes(), db.places)),
  };
  return loaded;
}

/** What mergeLibrary's result says the library covers, from the documents it holds. */
function coverageOf(bundled: Corpus, documents: readonly Pick<CorpusDocument, 'body' | 'meeting' | 'year'>[]): Corpus['coverage'] {
  const meetings = [...new Set(documents.filter((d) => d.body === 'wg').map((d) => d.meeting))].filter((m) => m > 0).sort((a, b) => a - b);
  const sessions = [...new Set(documents.filter((d) => d.body === 'cop').map((d) => d.meeting))].filter((m) => m > 0).sort((a, b) => a - b);
  const years = documents.map((d) => d.year).filter((y) => Number.isFinite(y));
  return { ...bundled.coverage, documentCount: documents.length, meetings, sessions, years: { first: Math.min(...years), last: Math.max(...years) } };
}

async function removeDatabase(file: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}
