import { copyFile, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import type { Corpus } from '../../shared/corpus/model';
import { confirmImport, type NewImportedDocument } from '../../shared/import/confirmImport';
import { isCompendium, type NewImportedCompendium } from '../../shared/import/compendium/model';
import { englishCompendiumFixture } from '../../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { importAnyFile, importFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { createMemoryPrecedentSource } from '../../shared/query/testing/createMemoryPrecedentSource';
import type { PrecedentQuery } from '../../shared/query/model';
import { NO_FILTERS, type PrecedentFilters } from '../../shared/query/precedentFilters';
import { PrecedentQueryEngine } from '../../shared/query/PrecedentQueryEngine';
import { isBlankQuery } from '../../shared/search/parseQuery';
import { describeSearchContract } from '../../shared/search/testing/searchContract';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';
import type { SyncReport } from './syncLibraryDatabase';

const folders: string[] = [];
const newFolder = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'desk-db-'));
  folders.push(folder);
  return folder;
};
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A library over a data folder, as the host opens it at each start; `reports` hears each synchronisation. */
function openLibrary(dataDir: string, loadBundled: () => Promise<Corpus> = loadBundledCorpus) {
  const reports: SyncReport[] = [];
  const files = new LibraryStore(join(dataDir, 'library'));
  const library = sqlitePrecedentLibrary({ file: join(dataDir, 'library.db'), loadBundled, files, onSync: (report) => reports.push(report) });
  return { library, files, reports };
}

const everything = (query = ''): PrecedentQuery => ({ filters: { ...NO_FILTERS, includeContext: true, query }, lang: 'fr', sort: null });

describeSearchContract('the library database (FTS5)', loadBundledCorpus, async (corpus) => {
  const { library } = openLibrary(await newFolder(), async () => corpus);
  const engine = await library.engine();
  // Without a word to look up the table shows everything; the index itself finds nothing.
  return (query) => (isBlankQuery(query) ? [] : engine.ids(everything(query)));
});

describeSearchContract('the library database, on the word lists a first start kept', loadBundledCorpus, async (corpus) => {
  const folder = await newFolder();
  const first = openLibrary(folder, async () => corpus);
  (await first.library.engine()).ids(everything('migrants'));
  await first.library.close();
  const engine = await openLibrary(folder, async () => corpus).library.engine();
  return (query) => (isBlankQuery(query) ? [] : engine.ids(everything(query)));
});

describe('the table over the library database', () => {
  it('is narrowed by nothing while a search has no word to look up yet, as when a phrase is begun with its quote', async () => {
    const engine = await openLibrary(await newFolder()).library.engine();
    const all = engine.ids(everything());
    expect(all.length).toBeGreaterThan(0);
    for (const query of ['"', '  « ', '“--”']) expect(engine.page({ query: everything(query), offset: 0, limit: 5, withCounts: false }).total, query).toBe(all.length);
    expect(engine.ids(everything('"représentations'))).toHaveLength(1);
  });
});

async function importDraft(text: string, name: string): Promise<NewImportedDocument> {
  const draft = await importFile({ name, bytes: new TextEncoder().encode(text) });
  return confirmImport(draft, draft.metadata, draft.paragraphs);
}

/** In how many runs of consecutive pages the file holds a table. */
function pageRuns(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno').pluck().all(table) as number[];
    return pages.filter((page, i) => i === 0 || page !== pages[i - 1]! + 1).length;
  } finally {
    db.close();
  }
}

let englishVersion: NewImportedDocument;
let newReport: NewImportedDocument;
let englishCompendium: NewImportedCompendium;
beforeAll(async () => {
  // Part A I.2 worded apart from the English report: both kept, the edition's as a variant.
  const report = englishReportFixture();
  const meetingOne = report.sections.flatMap((section) => section.paragraphs).filter((p) => p.number >= 4 && p.number <= 8).map((p) => p.text);
  meetingOne[1] = meetingOne[1]!.replace('continue to review', 'keep reviewing');
  const edition = await importAnyFile({ name: 'compendium-en.txt', bytes: new TextEncoder().encode(compendiumFixtureAsText(englishCompendiumFixture({ meetingOne }))) });
  if (!isCompendium(edition)) throw new Error('the fixture was not read as the compendium');
  englishCompendium = edition;
  englishVersion = await importDraft(fixtureAsText(englishReportFixture()), 'fixture-en.txt');
  newReport = await importDraft(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2031/2', extraRecommendations: 3 })), 'fixture-2031.txt');
});

describe('the library database', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await newFolder();
  });
  let opened: ReturnType<typeof openLibrary>[] = [];
  const start = () => {
    const library = openLibrary(dataDir);
    opened.push(library);
    return library;
  };
  afterEach(async () => {
    await Promise.all(opened.map(({ library }) => library.close()));
    opened = [];
  });

  /** The corpus mergeLibrary makes of the same files: what the database must hold. */
  const merged = async (files: LibraryStore) => mergeLibrary(await loadBundledCorpus(), await files.read());
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

  async function expectSameAsMerge(library: ReturnType<typeof openLibrary>['library'], files: LibraryStore, inImportOrder = true) {
    const expected = await merged(files);
    const actual = await library.corpus();
    // Files copied in behind the desk's back come after the others, whatever their import date.
    expect(byId(actual.documents)).toEqual(byId(expected.documents));
    expect(byId(actual.paragraphs)).toEqual(byId(expected.paragraphs));
    const sameOrder = (corpus: Corpus) => ({ ...corpus, dataQuality: [...corpus.dataQuality].sort((a, b) => a.message.localeCompare(b.message)) });
    // Notes come document by document rather than file by file: the same notes, in another order.
    if (inImportOrder) expect(sameOrder(actual)).toEqual(JSON.parse(JSON.stringify(sameOrder(expected))));
    const memory = new PrecedentQueryEngine(createMemoryPrecedentSource(indexCorpus(expected)));
    const engine = await library.engine();
    const queries: Partial<PrecedentFilters>[] = [{}, { includeContext: true }, { query: 'migrants' }, { query: 'recommendation' }, { bodies: ['wg'], yearFrom: 2012 }, { themeIds: ['enfants'] }];
    for (const filters of queries) {
      const query: PrecedentQuery = { filters: { ...NO_FILTERS, ...filters }, lang: 'en', sort: { column: 'year', desc: true } };
      expect(engine.ids(query), JSON.stringify(filters)).toEqual(memory.ids(query));
      expect(engine.page({ query, offset: 0, limit: 20, withCounts: true })).toEqual(memory.page({ query, offset: 0, limit: 20, withCounts: true }));
    }
  }

  it('holds what mergeLibrary makes of the bundled corpus and the library files, updated document by document', async () => {
    const { library, files, reports } = start();
    await library.catalog();
    expect(reports).toEqual([expect.objectContaining({ rebuilt: true, filesRead: 0 })]);

    const added = await files.add(newReport);
    await library.libraryChanged();
    expect(reports.at(-1)).toEqual({ rebuilt: false, filesRead: 1, documentsWritten: 1, documentsRemoved: 0, compacted: false });
    const english = await files.add(englishVersion);
    await library.libraryChanged();
    // The English version joins the bundled report: that one document is merged again. Rewritten,
    // with the report before, the writes reach a quarter of this small library: the file is compacted.
    expect(reports.at(-1)).toEqual({ rebuilt: false, filesRead: 1, documentsWritten: 1, documentsRemoved: 0, compacted: true });
    await expectSameAsMerge(library, files);
    expect((await library.engine()).ids({ ...everything('"recommendation"'), lang: 'en' }).length).toBeGreaterThan(0);

    await files.remove(added.libraryId);
    await library.libraryChanged();
    expect(reports.at(-1)).toEqual({ rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 1, compacted: false });
    await files.remove(english.libraryId);
    await library.libraryChanged();
    await expectSameAsMerge(library, files);
    expect((await library.catalog()).documents.some((document) => document.symbol === 'CTOC/COP/WG.7/2031/2')).toBe(false);
  });

  it('sends a row’s text in the language asked, and in the other only where that one is missing', async () => {
    const { library, files } = start();
    await files.add(englishVersion);
    await library.libraryChanged();
    const texts = new Map((await library.corpus()).paragraphs.map((paragraph) => [paragraph.id, paragraph.text]));
    const engine = await library.engine();
    for (const [lang, other] of [['fr', 'en'], ['en', 'fr']] as const) {
      const { rows } = engine.page({ query: { ...everything(), lang }, offset: 0, limit: 100_000 });
      const shown = (id: string) => {
        const text = texts.get(id)!;
        return text[lang] !== undefined ? { [lang]: text[lang] } : { [other]: text[other] };
      };
      expect(rows.map((row) => row.text)).toEqual(rows.map((row) => shown(row.id)));
      // Both kinds of row are there: with a text in the language asked, and without.
      expect(new Set(rows.map((row) => lang in row.text))).toEqual(new Set([true, false]));
    }
  });

  it('takes in an English edition of the compendium, with and without the English report, as mergeLibrary does', async () => {
    const { library, files, reports } = start();
    await library.catalog();
    const edition = await files.addCompendium(englishCompendium);
    await library.libraryChanged();
    const withEdition = reports.at(-1)!;
    // Only the documents of the compendium are merged again.
    expect(withEdition).toMatchObject({ rebuilt: false, documentsRemoved: 0 });
    expect(withEdition.documentsWritten).toBeGreaterThan(0);
    expect(withEdition.documentsWritten).toBeLessThan((await library.catalog()).documents.length);
    await expectSameAsMerge(library, files);
    // The edition's English is searched like any other.
    expect((await library.engine()).ids({ ...everything('"keep reviewing"'), lang: 'en' })).toHaveLength(1);
    expect((await library.catalog()).themes.some((theme) => theme.englishLabelIsUnofficial === false)).toBe(true);

    await files.add(englishVersion);
    await library.libraryChanged();
    await expectSameAsMerge(library, files);
    const variants = (await library.corpus()).paragraphs.filter((paragraph) => paragraph.variants.some((variant) => variant.lang === 'en'));
    expect(variants.length).toBeGreaterThan(0);

    await files.remove(edition.libraryId);
    await library.libraryChanged();
    await expectSameAsMerge(library, files);
    expect((await library.catalog()).themes).toEqual((await loadBundledCorpus()).themes);
    await library.close();

    // Put back behind the desk's back: the next start takes it in.
    await rename(join(dataDir, 'library', 'removed', `${edition.libraryId}.json`), join(dataDir, 'library', 'editions', `${edition.libraryId}.json`));
    const next = start();
    await expectSameAsMerge(next.library, next.files);
    expect(next.reports[0]).toMatchObject({ rebuilt: false });
  });

  it('takes in files added, changed or removed behind its back at the next start, and rebuilds nothing when nothing changed', async () => {
    const first = start();
    await first.files.add(newReport);
    await first.library.libraryChanged();
    await first.library.close();

    // A colleague's file copied in, the first one removed by hand.
    const documentsDir = join(dataDir, 'library', 'documents');
    const [name] = await readdir(documentsDir);
    const elsewhere = await newFolder();
    const other = openLibrary(elsewhere);
    const copied = await other.files.add(englishVersion);
    await other.library.close();
    await copyFile(join(elsewhere, 'library', 'documents', `${copied.libraryId}.json`), join(documentsDir, `${copied.libraryId}.json`));
    await rm(join(documentsDir, name!));

    const second = start();
    await second.library.catalog();
    expect(second.reports).toEqual([{ rebuilt: false, filesRead: 1, documentsWritten: 1, documentsRemoved: 1, compacted: true }]);
    await expectSameAsMerge(second.library, second.files, false);
    await second.library.close();

    const third = start();
    await third.library.catalog();
    expect(third.reports).toEqual([{ rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0, compacted: false }]);
  });

  it('is compacted once the writes since it last was reach a quarter of its paragraphs, each table whole again and nothing changed', async () => {
    const { library, files, reports } = start();
    await library.catalog();
    expect(reports.at(-1)).toMatchObject({ rebuilt: true, compacted: true });
    // A table's root page, made first, then the rest of its pages in one run.
    expect(pageRuns(join(dataDir, 'library.db'), 'paragraphs')).toBe(2);

    await files.add(newReport);
    await library.libraryChanged();
    expect(reports.at(-1)).toMatchObject({ documentsWritten: 1, compacted: false });
    expect(pageRuns(join(dataDir, 'library.db'), 'paragraphs')).toBeGreaterThan(2);
    await expectSameAsMerge(library, files);

    await files.add(englishVersion);
    await library.libraryChanged();
    expect(reports.at(-1)).toMatchObject({ documentsWritten: 1, compacted: true });
    expect(pageRuns(join(dataDir, 'library.db'), 'paragraphs')).toBe(2);
    await expectSameAsMerge(library, files);
    await library.close();

    // A file from before files were compacted, which says nothing of its writes: compacted at its next start, once.
    const older = new Database(join(dataDir, 'library.db'));
    older.prepare("DELETE FROM meta WHERE key = 'paragraphs-written-since-compacted'").run();
    older.close();
    const next = start();
    await next.library.catalog();
    const after = start();
    await after.library.catalog();
    expect([...next.reports, ...after.reports]).toEqual([
      { rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0, compacted: true },
      { rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0, compacted: false },
    ]);
    await expectSameAsMerge(after.library, after.files);
  });

  it('rebuilds a damaged or deleted database from the library files, says so, and loses nothing', async () => {
    const first = start();
    await first.library.catalog();
    await first.files.add(newReport);
    await first.files.add(englishVersion);
    await first.library.libraryChanged();
    expect((await first.library.catalog()).notices).toEqual([]);
    await first.library.close();

    await writeFile(join(dataDir, 'library.db'), 'this is not a database');
    await rm(join(dataDir, 'library.db-wal'), { force: true });
    const second = start();
    expect((await second.library.catalog()).notices).toEqual(['database-rebuilt']);
    expect(second.reports[0]).toMatchObject({ rebuilt: true, filesRead: 2 });
    await expectSameAsMerge(second.library, second.files);
    await second.library.close();

    for (const suffix of ['', '-wal', '-shm']) await rm(join(dataDir, `library.db${suffix}`), { force: true });
    const third = start();
    expect((await third.library.catalog()).notices).toEqual(['database-rebuilt']);
    await expectSameAsMerge(third.library, third.files);
  });

  it('closed while its first start is still building the database, lets the start end, then lets go of the file', async () => {
    const first = start();
    await first.files.add(newReport);
    let startEnded = false;
    const starting = first.library.catalog().finally(() => (startEnded = true));
    await first.library.close();
    expect(startEnded).toBe(true);
    expect((await starting).paragraphCount).toBeGreaterThan(0);

    // Closed whole: the next start finds a sound database holding the report, and rebuilds nothing.
    const second = start();
    expect((await second.library.catalog()).notices).toEqual([]);
    expect(second.reports).toEqual([{ rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0, compacted: false }]);
    await expectSameAsMerge(second.library, second.files);
  });

  it('derives everything again when the bundled corpus changes, and only then', async () => {
    const first = start();
    await first.library.catalog();
    await first.library.close();
    const bundled = await loadBundledCorpus();
    const changed = { ...bundled, paragraphs: bundled.paragraphs.map((paragraph, i) => (i === 0 ? { ...paragraph, text: { ...paragraph.text, fr: 'Un texte corrigé dans les sources' } } : paragraph)) };
    const second = openLibrary(dataDir, async () => changed);
    opened.push(second);
    const engine = await second.library.engine();
    expect(second.reports).toEqual([expect.objectContaining({ rebuilt: true })]);
    expect(engine.ids(everything('"corrige dans les sources"'))).toEqual([bundled.paragraphs[0]!.id]);
  });
});
