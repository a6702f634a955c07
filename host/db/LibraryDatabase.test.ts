import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { LibraryDatabase } from './LibraryDatabase';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';

describe('rows and paragraphs read by id from the library database', () => {
  let folder = '';
  let db: LibraryDatabase;
  /** Each paragraph's stored row view and paragraph, read one by one. */
  const stored = { views: new Map<number, unknown>(), paragraphs: new Map<string, unknown>(), rowids: [] as number[], ids: [] as string[] };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'desk-db-by-id-'));
    const file = join(folder, 'library.db');
    const library = sqlitePrecedentLibrary({ file, loadBundled: loadBundledCorpus, files: new LibraryStore(join(folder, 'library')) });
    await library.catalog();
    await library.close();
    const raw = new Database(file, { readonly: true });
    for (const { rowid, id, view, json } of raw.prepare('SELECT rowid, id, view, json FROM paragraphs').all() as { rowid: number; id: string; view: string; json: string }[]) {
      stored.views.set(rowid, JSON.parse(view));
      stored.paragraphs.set(id, JSON.parse(json));
      stored.rowids.push(rowid);
      stored.ids.push(id);
    }
    raw.close();
    db = LibraryDatabase.open(file);
  }, 120_000);
  afterAll(async () => {
    db?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('come in the order asked, a repeated one each time, unknown paragraphs left out', () => {
    const asked = <T>(known: () => T[]) => fc.array(fc.oneof(fc.constantFrom(...known()), fc.constant(null)), { maxLength: 120 });
    fc.assert(
      fc.property(asked(() => stored.ids), (picks) => {
        const ids = picks.map((id) => id ?? 'CTOC/COP/WG.7/1999/1#no-such-paragraph');
        expect(db.paragraphs(ids)).toEqual(picks.flatMap((id) => (id === null ? [] : [stored.paragraphs.get(id)])));
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(asked(() => stored.rowids), (picks) => {
        const rowids = picks.filter((rowid) => rowid !== null);
        expect(db.views(rowids)).toEqual(rowids.map((rowid) => stored.views.get(rowid)));
      }),
      { numRuns: 40 },
    );
  });
});
