import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION } from '../../shared/draft/model';
import { DraftStore } from './DraftStore';
import { SAMPLE_DRAFT_ID as ID, buildSampleDraft, readSampleParagraphs } from './testing/sampleDraft';

const VERSION_1_FIXTURE = fileURLToPath(new URL('./fixtures/draft-v1.json', import.meta.url));

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafts-versions-'));
  dir = join(root, 'drafts');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('DraftStore and format versions', () => {
  it('opens a version 1 draft unchanged, leaves its file alone, and writes the current version on the next save', async () => {
    const path = join(dir, `${ID}.json`);
    await copyFile(VERSION_1_FIXTURE, path);
    const store = new DraftStore(dir);
    const opened = await store.open(ID);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.draft).toEqual(buildSampleDraft(readSampleParagraphs(), 1, 4));
    expect(await readFile(path, 'utf8')).toBe(await readFile(VERSION_1_FIXTURE, 'utf8'));
    expect(await store.list()).toEqual([expect.objectContaining({ id: ID, title: opened.draft.title })]);

    expect(await store.save(opened.draft)).toEqual({ saved: true, revision: 2 });
    const saved = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect([saved.version, saved.revision]).toEqual([DRAFT_FORMAT_VERSION, 2]);
    // The version 1 file is the backup the save made of what it replaced.
    const [backup] = await store.listBackups(ID);
    expect(await readFile(join(dir, 'backups', ID, backup?.name ?? ''), 'utf8')).toBe(await readFile(VERSION_1_FIXTURE, 'utf8'));
  });

  describe('a draft made by a newer version', () => {
    const newer = JSON.stringify({ format: 'precedent-desk/draft', version: 9, revision: 40, id: ID, title: 'Du futur', blocks: [] });

    it('is refused with a clear message, left in place untouched, and listed as made by a newer version', async () => {
      const path = join(dir, `${ID}.json`);
      await writeFile(path, newer);
      const store = new DraftStore(dir);
      const result = await store.open(ID);
      if (result.ok) throw new Error('a draft of a newer format opened');
      expect(result.error).toBe(
        `The draft file ${path} cannot be opened here: it was made by a newer version of Precedent Desk (format version 9); ` +
          `this version reads format versions 1 to ${DRAFT_FORMAT_VERSION}. It was left in place, untouched; open it with that newer version.`,
      );
      expect(result).toMatchObject({ newerVersion: 9, setAsideAs: null, backups: [] });
      expect(await readdir(dir)).toEqual([`${ID}.json`]);
      expect(await readFile(path, 'utf8')).toBe(newer);
      expect(await store.list()).toEqual([expect.objectContaining({ id: ID, newerVersion: true })]);
      expect((await store.list())[0]).not.toHaveProperty('damaged');
    });

    it('is never overwritten by a save', async () => {
      const path = join(dir, `${ID}.json`);
      await writeFile(path, newer);
      await expect(new DraftStore(dir).save(buildSampleDraft(readSampleParagraphs(), 40, 4))).rejects.toThrow(
        `Draft "${ID}" not saved: the file it would replace, ${path}, was made by a newer version of Precedent Desk (format version 9); it was left untouched.`,
      );
      expect(await readdir(dir)).toEqual([`${ID}.json`]);
      expect(await readFile(path, 'utf8')).toBe(newer);
    });
  });
});
