import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../shared/corpus/model';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { checkTableNames } from './schema';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';
import { TableReadAhead, warmTables } from './warmTables';

describe('warmTables', () => {
  let folder: string;
  let file: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'desk-warm-'));
    file = join(folder, 'library.db');
    const library = sqlitePrecedentLibrary({ file, loadBundled: loadBundledCorpus, files: new LibraryStore(join(folder, 'library')) });
    await library.catalog();
    await library.close();
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads every row of the check tables, in a worker of its own, while the library is open', async () => {
    const tables = LANGS.flatMap(checkTableNames);
    const library = sqlitePrecedentLibrary({ file, loadBundled: loadBundledCorpus, files: new LibraryStore(join(folder, 'library')) });
    await library.catalog();
    const counts = await warmTables(file, tables).done;
    await library.close();

    const db = new Database(file, { readonly: true });
    const expected = tables.map((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
    db.close();
    expect(counts).toEqual(expected);
    // The bundled corpus is French: its French tables hold rows (the English ones none).
    expect(expected.slice(0, 4).every((count) => count > 0)).toBe(true);
  });

  it('says null, rather than failing, for a file that is gone or a table that is not there', async () => {
    expect(await warmTables(join(folder, 'gone.db'), checkTableNames('fr')).done).toBeNull();
    expect(await warmTables(file, ['no_such_table']).done).toBeNull();
  });

  it('starts once its delay passed without a postpone, and a postpone after that changes nothing', async () => {
    const tables = LANGS.flatMap(checkTableNames);
    const expected = await warmTables(file, tables).done;
    const heard: Array<number[] | null> = [];
    // The read's worker and its messages keep real time; only the delay is faked.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const busy = new TableReadAhead(file, tables, { afterMs: 2_000, onDone: (rows) => heard.push(rows) });
      for (let answered = 0; answered < 4; answered++) {
        vi.advanceTimersByTime(1_500);
        busy.postpone();
      }
      vi.advanceTimersByTime(1_999);
      // A read begun and stopped would be heard (null).
      await busy.stop();
      await new Promise((resolve) => setImmediate(resolve));
      expect(heard).toEqual([]);

      const quiet = new TableReadAhead(file, tables, { afterMs: 2_000, onDone: (rows) => heard.push(rows) });
      quiet.postpone();
      vi.advanceTimersByTime(2_000);
      quiet.postpone();
      vi.useRealTimers();
      await vi.waitFor(() => expect(heard).toEqual([expected]));
      await quiet.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  const openLibrary = (checkReadAheadFrom?: number) => {
    const readAheads: Array<number[] | null> = [];
    const library = sqlitePrecedentLibrary({ file, loadBundled: loadBundledCorpus, files: new LibraryStore(join(folder, 'library')), checkReadAheadFrom, onCheckReadAhead: (rows) => readAheads.push(rows) });
    return { library, readAheads };
  };

  it('is put off by the library while the window asks it for rows', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { library, readAheads } = openLibrary(0);
      await library.catalog();
      // Rows asked for every 1.5 s, for longer than the read's delay (2 s) after the library was loaded.
      for (let asked = 0; asked < 3; asked++) {
        vi.advanceTimersByTime(1_500);
        await library.engine();
      }
      // A read begun and stopped at close would be heard (null).
      await library.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(readAheads).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is started by the library at its first check, once, and not for a library under the threshold', async () => {
    const db = new Database(file, { readonly: true });
    const expected = LANGS.flatMap(checkTableNames).map((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
    db.close();

    const large = openLibrary(0);
    await large.library.catalog();
    expect(large.readAheads).toEqual([]);
    await large.library.checker();
    await vi.waitFor(() => expect(large.readAheads).toEqual([expected]));
    await large.library.checker();
    await large.library.close();
    expect(large.readAheads).toEqual([expected]);

    // The bundled corpus alone is under the threshold: a read ahead stopped at close would be heard (null).
    const small = openLibrary();
    await small.library.checker();
    await small.library.close();
    expect(small.readAheads).toEqual([]);
  });
});
