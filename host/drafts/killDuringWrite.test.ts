import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DraftStore } from './DraftStore';
import { SAMPLE_DRAFT_ID as ID, buildSampleDraft, readSampleParagraphs, revisionOf } from './testing/sampleDraft';

const paragraphs = readSampleParagraphs();
let work: string;
let saveLoop: string;
let paragraphsFile: string;

// The child is bundled to plain JavaScript once: it starts in ~50 ms instead of ~300 ms through tsx,
// which buys many more kills for the same time.
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'drafts-kill-'));
  saveLoop = join(work, 'saveLoop.mjs');
  paragraphsFile = join(work, 'paragraphs.json');
  await build({
    entryPoints: [fileURLToPath(new URL('./testing/saveLoop.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: saveLoop,
    logLevel: 'silent',
  });
  await writeFile(paragraphsFile, JSON.stringify(paragraphs));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Starts a process that saves the revisions after the one on disk in a loop, kills it with SIGKILL
 * `delayMs` after its first save returned, and gives the revisions it reported as saved.
 */
async function saveUntilKilled(draftsDir: string, delayMs: number): Promise<number[]> {
  const child = spawn(process.execPath, [saveLoop, draftsDir, paragraphsFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve();
    });
    void exited.then(() => reject(new Error(`the saving process ended before saving: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return [...output.matchAll(/^saved (\d+)$/gm)].map((match) => Number(match[1]));
}

it('never leaves a broken file when the saving process is killed at random moments', { timeout: 120_000 }, async () => {
  const dir = join(work, 'drafts');
  await mkdir(dir);
  for (let round = 0; round < 25; round++) {
    // A save of the ~300 kB draft takes a few milliseconds; random delays land anywhere in one.
    const saved = await saveUntilKilled(dir, Math.random() * 60);
    const lastSaved = Math.max(...saved);

    const store = new DraftStore(dir);
    expect(await store.list()).toEqual([expect.objectContaining({ id: ID })]);
    const result = await store.open(ID);
    if (!result.ok) throw new Error(`round ${round}: ${result.error}`);
    const revision = revisionOf(result.draft);
    // The last save that returned, or the one under way when the process died: never older.
    expect([lastSaved, lastSaved + 1]).toContain(revision);
    expect(result.draft).toEqual(buildSampleDraft(paragraphs, revision));

    for (const backup of await store.listBackups(ID)) {
      const opened = await store.openBackup(ID, backup.name);
      if (!opened.ok) throw new Error(`round ${round}, backup ${backup.name}: ${opened.error}`);
      expect(opened.draft).toEqual(buildSampleDraft(paragraphs, revisionOf(opened.draft)));
    }
    expect((await readdir(dir)).filter((name) => name.includes('.corrupt-'))).toEqual([]);
  }
});
