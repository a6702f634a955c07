import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../shared/corpus/model';
import type { PrecedentQuery } from '../../shared/query/model';
import { NO_FILTERS } from '../../shared/query/precedentFilters';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { LibraryDatabase } from './LibraryDatabase';
import { createSqlitePrecedentSource } from './SqlitePrecedentSource';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';
import { storedThemes } from './syncLibraryDatabase';
import { FoldedTexts } from './FoldedTexts';
import { WordRowsSearch, type WordRowsStore } from './WordRowsSearch';
import { Vocabulary } from '../../shared/search/Vocabulary';
import { WordRows } from '../../shared/search/WordRows';
import { decodeWordRows, encodeWordRows } from '../../shared/search/wordRowsCodec';

// What a delegate types: words whole, begun, mistyped, phrases opened and closed, accents, apostrophes.
const FRAGMENTS = ['migrants', 'coopération', ' internationale', ' ', '"', 'trafic illicite', "l'article", ' de ', 'protection des', 'cooperatoin', 'enfnts', '« enfants non accompagnés »', 'É', 'x', 'mesures', 'grants', 'nationales', 'ration'];

type Keys = { type: string } | { erase: number };

/** Every query the search box holds while the keys are pressed one by one, erasing one letter at a time. */
function typedQueries(keys: readonly Keys[]): string[] {
  const queries: string[] = [];
  let text = '';
  for (const key of keys) {
    if ('type' in key) {
      for (const character of key.type) queries.push((text += character));
    } else {
      for (let i = 0; i < key.erase && text.length > 0; i++) queries.push((text = text.slice(0, -1)));
    }
  }
  return queries;
}

/** The bundled corpus's library database, in a folder of its own for the tests of one describe. */
function bundledDatabase(folderPrefix: string) {
  const opened = {} as { file: string; db: LibraryDatabase; newEngine(): PrecedentQueryEngine };
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), folderPrefix));
    opened.file = join(folder, 'library.db');
    const library = sqlitePrecedentLibrary({ file: opened.file, loadBundled: loadBundledCorpus, files: new LibraryStore(join(folder, 'library')) });
    await library.catalog();
    await library.close();
    const db = (opened.db = LibraryDatabase.open(opened.file));
    const documents = db.documentSummaries().map(({ document }) => document);
    const themes = storedThemes(db) ?? (await loadBundledCorpus()).themes;
    opened.newEngine = () => new PrecedentQueryEngine(createSqlitePrecedentSource(db, documents, themes));
  }, 120_000);
  afterAll(async () => {
    opened.db?.close();
    await rm(folder, { recursive: true, force: true });
  });
  return opened;
}

describe('the search of a typed query', () => {
  const bundled = bundledDatabase('desk-fts-');

  it('finds for each key what a fresh engine finds for the same query, whatever was typed before and read ahead between keys', async () => {
    const keys = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS).map((type): Keys => ({ type })), fc.integer({ min: 1, max: 5 }).map((erase): Keys => ({ erase }))), { minLength: 1, maxLength: 5 });
    // After some keys the event loop turns, and what the source reads ahead (a phrase typed on past a space) is read.
    const turns = fc.array(fc.boolean(), { minLength: 1, maxLength: 16 });
    await fc.assert(
      fc.asyncProperty(keys, turns, fc.constantFrom<Lang>('fr', 'en'), async (pressed, turnAfter, lang) => {
        const engine = bundled.newEngine();
        for (const [k, text] of typedQueries(pressed).entries()) {
          const query: PrecedentQuery = { filters: { ...NO_FILTERS, includeContext: true, query: text }, lang, sort: null };
          expect(engine.ids(query), text).toEqual(bundled.newEngine().ids(query));
          if (turnAfter[k % turnAfter.length]) await new Promise((turned) => setImmediate(turned));
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('what a search reads of the database: word lists kept between starts, texts read ahead', () => {
  const bundled = bundledDatabase('desk-word-rows-');

  // Words whole, begun and mistyped, and phrases inside words: none of them reads a text.
  const QUERIES = ['migrants', 'm', 'coop', 'cooperatoin', 'enfnts', 'protection des', '"trafic', '"t', 'É', 'x'];
  const idsOf = (engine: PrecedentQueryEngine, lang: Lang) => QUERIES.map((text) => engine.ids({ filters: { ...NO_FILTERS, includeContext: true, query: text }, lang, sort: null }));
  /** A numbering of the rows (the facts' order) and where each rowid goes in it. */
  const rowsOf = (database: LibraryDatabase) => {
    const rowids = database.factRows().map(([rowid]) => rowid);
    const rowOfRowid = new Int32Array(Math.max(...rowids) + 1).fill(-1);
    rowids.forEach((rowid, row) => (rowOfRowid[rowid] = row));
    return { rowOfRowid, rowCount: rowids.length };
  };
  const withRawDatabase = (change: (raw: Database.Database) => void) => {
    const raw = new Database(bundled.file);
    change(raw);
    raw.close();
  };

  it('a later start finds with the kept lists what lists made from the texts find, without reading a text', () => {
    withRawDatabase((raw) => raw.exec('DELETE FROM word_rows'));
    const textReads = vi.spyOn(bundled.db, 'foldedTexts');
    const made = { fr: idsOf(bundled.newEngine(), 'fr'), en: idsOf(bundled.newEngine(), 'en') };
    expect(textReads).toHaveBeenCalledTimes(2);
    textReads.mockClear();
    expect({ fr: idsOf(bundled.newEngine(), 'fr'), en: idsOf(bundled.newEngine(), 'en') }).toEqual(made);
    expect(textReads).not.toHaveBeenCalled();
    textReads.mockRestore();
    expect(made.fr[0]!.length).toBeGreaterThan(0);
  });

  it('makes the lists again from the texts when the kept ones are damaged or numbered for another order, and keeps the new ones', () => {
    const expected = idsOf(bundled.newEngine(), 'fr');
    const damages = [
      "UPDATE word_rows SET lists = substr(lists, 1, length(lists) - 7) WHERE lang = 'fr'",
      "UPDATE word_rows SET lists = randomblob(length(lists)) WHERE lang = 'fr'",
      "UPDATE word_rows SET lists = zeroblob(0) WHERE lang = 'fr'",
      "UPDATE word_rows SET row_order = 'another order' WHERE lang = 'fr'",
    ];
    for (const damage of damages) {
      withRawDatabase((raw) => raw.exec(damage));
      const textReads = vi.spyOn(bundled.db, 'foldedTexts');
      expect(idsOf(bundled.newEngine(), 'fr'), damage).toEqual(expected);
      expect(textReads, damage).toHaveBeenCalledTimes(1);
      textReads.mockClear();
      expect(idsOf(bundled.newEngine(), 'fr'), damage).toEqual(expected);
      expect(textReads, damage).not.toHaveBeenCalled();
      textReads.mockRestore();
    }
  });

  it('reads the texts a step at a time as in one statement, whenever a search asks for all of them', () => {
    const { rowOfRowid, rowCount } = rowsOf(bundled.db);
    const once = new FoldedTexts(bundled.db, 'fr', rowOfRowid, rowCount).all();
    expect(once.filter((text) => text.length > 0).length).toBeGreaterThan(rowCount / 2);
    for (const slicesBefore of [0, 1, 3, Infinity]) {
      // No time for each step: each reads the fewest rows it can.
      const texts = new FoldedTexts(bundled.db, 'fr', rowOfRowid, rowCount, 0);
      for (let slice = 0; slice < slicesBefore && texts.readSlice(); slice++);
      expect([...texts.all()], String(slicesBefore)).toEqual([...once]);
      expect(texts.readSlice()).toBe(false);
    }
  });

  it('reads ahead the vocabulary, the word lists and the texts in later turns, so that a phrase then reads nothing', async () => {
    const query: PrecedentQuery = { filters: { ...NO_FILTERS, includeContext: true, query: '"smuggling of migrants"' }, lang: 'en', sort: null };
    // Also keeps the lists, for the engine below.
    const expected = bundled.newEngine().ids(query);
    expect(expected.length).toBeGreaterThan(0);
    const engine = bundled.newEngine();
    const textReads = vi.spyOn(bundled.db, 'foldedTexts');
    const listReads = vi.spyOn(bundled.db, 'wordRows');
    const vocabularyReads = vi.spyOn(bundled.db, 'vocabulary');
    const readAhead = engine.prepareSearch('en');
    expect(vocabularyReads).not.toHaveBeenCalled();
    expect(listReads).not.toHaveBeenCalled();
    expect(textReads).not.toHaveBeenCalled();
    await readAhead;
    expect(textReads).toHaveBeenCalled();
    textReads.mockClear();
    expect(engine.ids(query)).toEqual(expected);
    expect(textReads).not.toHaveBeenCalled();
    expect(listReads).toHaveBeenCalledTimes(1);
    expect(vocabularyReads).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('finds what it finds while another process writes the database, and keeps the lists once it is free', () => {
    withRawDatabase((raw) => raw.exec('DELETE FROM word_rows'));
    const expected = idsOf(bundled.newEngine(), 'fr');
    withRawDatabase((raw) => raw.exec('DELETE FROM word_rows'));
    const writer = new Database(bundled.file);
    writer.exec('BEGIN IMMEDIATE');
    const textReads = vi.spyOn(bundled.db, 'foldedTexts');
    expect(idsOf(bundled.newEngine(), 'fr')).toEqual(expected);
    writer.exec('ROLLBACK');
    writer.close();
    expect(textReads).toHaveBeenCalledTimes(1);
    // Nothing was kept meanwhile: the next start makes them again, and keeps them.
    expect(idsOf(bundled.newEngine(), 'fr')).toEqual(expected);
    expect(textReads).toHaveBeenCalledTimes(2);
    expect(idsOf(bundled.newEngine(), 'fr')).toEqual(expected);
    expect(textReads).toHaveBeenCalledTimes(2);
    textReads.mockRestore();
  });

  it('are dropped by every change of the paragraphs', () => {
    idsOf(bundled.newEngine(), 'fr');
    const kept = () => {
      let count = 0;
      withRawDatabase((raw) => (count = raw.prepare('SELECT count(*) FROM word_rows').pluck().get() as number));
      return count;
    };
    expect(kept()).toBeGreaterThan(0);
    bundled.db.replace({ removeDocuments: [], documents: [], removeFiles: [], files: [] });
    expect(kept()).toBe(0);
  });
});

describe('a search read ahead', () => {
  const TEXTS = ['les migrants objet d un trafic', 'la cooperation internationale', 'des migrants et des enfants'];

  function countingSearch() {
    let reads = 0;
    const words = TEXTS.flatMap((text) => text.split(' '));
    const search = new WordRowsSearch(new Vocabulary(words), { rowCount: TEXTS.length, texts: () => (reads++, TEXTS) });
    return { search, reads: () => reads };
  }

  it('reads the texts once, then answers the first key as a search not read ahead does', () => {
    const ahead = countingSearch();
    expect(ahead.search.prepareStep()).toBe(false);
    expect(ahead.reads()).toBe(1);
    const cold = countingSearch();
    for (const query of ['m', 'mi', 'migrants', 'coop', '"des m', 'enfnts']) expect([...ahead.search.marks(query)]).toEqual([...cold.search.marks(query)]);
    expect([...ahead.search.marks('migr')]).toEqual([1, 0, 1]);
    expect(ahead.reads()).toBe(1);
  });

  it('after a phrase typed on past a space, finds ahead where it goes on, and the next key finds what a search not read ahead finds', () => {
    const ahead = countingSearch();
    expect([...ahead.search.marks('"des ')]).toEqual([0, 0, 1]);
    expect(ahead.search.readAhead()).toBe(true);
    // Once read, not read again; a query ending otherwise asks for nothing ahead.
    expect(ahead.search.readAhead()).toBe(false);
    ahead.search.marks('"des m');
    expect(ahead.search.readAhead()).toBe(false);
    const cold = countingSearch();
    for (const query of ['"des m', '"des e', '"des enfants', '"des ']) expect([...ahead.search.marks(query)], query).toEqual([...cold.search.marks(query)]);
  });

  it('decodes kept lists a slice per step, and a key typed between two steps finds what a search not read ahead finds', () => {
    const words = TEXTS.flatMap((text) => text.split(' '));
    const vocabulary = new Vocabulary(words);
    const bytes = encodeWordRows(WordRows.of(TEXTS, vocabulary).parts());
    let keptReads = 0;
    const store: WordRowsStore = {
      kept: function* () {
        keptReads++;
        // Two word–row pairs per step: a slice of a few words each.
        const parts = yield* decodeWordRows(bytes, TEXTS.length, vocabulary.words.length, 2);
        return parts && WordRows.fromParts(parts);
      },
      keep: () => expect.unreachable('lists kept are not kept again'),
    };
    const noTexts = { rowCount: TEXTS.length, texts: () => expect.unreachable('kept lists need no text') };
    const ahead = new WordRowsSearch(vocabulary, noTexts, store);
    expect(ahead.prepareStep()).toBe(true);
    expect(ahead.prepareStep()).toBe(true);
    const cold = countingSearch();
    for (const query of ['m', 'migrants', 'coop', 'enfnts', 'des']) expect([...ahead.marks(query)]).toEqual([...cold.search.marks(query)]);
    expect(ahead.prepareStep()).toBe(false);
    expect(keptReads).toBe(1);
  });
});
