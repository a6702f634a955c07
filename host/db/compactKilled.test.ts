import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { LibraryStore } from '../library/LibraryStore';
import { sqlitePrecedentLibrary } from './sqlitePrecedentLibrary';
import type { SyncReport } from './syncLibraryDatabase';

const ROUNDS = 6;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-compact-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function openLibrary() {
  const reports: SyncReport[] = [];
  const library = sqlitePrecedentLibrary({ file: join(dataDir, 'library.db'), loadBundled: loadBundledCorpus, files: new LibraryStore(join(dataDir, 'library')), onSync: (report) => reports.push(report) });
  return { library, reports };
}

/** Starts a process compacting the file in a loop, and kills it with SIGKILL `delayMs` after it began. */
async function compactUntilKilled(file: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./testing/compactLoop.ts', import.meta.url)), file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    void exited.then(() => reject(new Error(`the compacting process ended before compacting: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

it('a compaction killed at random moments leaves the database whole: it opens with nothing rebuilt and holds what it held', { timeout: 120_000 }, async () => {
  const first = openLibrary();
  const held = await first.library.corpus();
  const catalog = await first.library.catalog();
  await first.library.close();

  for (let round = 0; round < ROUNDS; round++) {
    // A compaction of the bundled corpus's file takes some 30 ms: random delays land anywhere in one.
    await compactUntilKilled(join(dataDir, 'library.db'), Math.random() * 80);
    const db = new Database(join(dataDir, 'library.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
    db.close();

    const again = openLibrary();
    expect(await again.library.catalog(), `round ${round}`).toEqual(catalog);
    expect(again.reports, `round ${round}`).toEqual([{ rebuilt: false, filesRead: 0, documentsWritten: 0, documentsRemoved: 0, compacted: false }]);
    expect(await again.library.corpus(), `round ${round}`).toEqual(held);
    await again.library.close();
  }
});
