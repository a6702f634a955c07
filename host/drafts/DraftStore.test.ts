import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION, type DraftFile } from '../../shared/draft/model';
import type { OpenDraftResult } from '../../shared/host/DeskHost';
import { HostInputError } from '../HostInputError';
import { DraftStore } from './DraftStore';
import { SAMPLE_DRAFT_ID as ID, buildSampleDraft, readSampleParagraphs, revisionOf, saveOf } from './testing/sampleDraft';

const paragraphs = readSampleParagraphs();
const draft = (revision: number, operativeCount = 6): DraftFile => buildSampleDraft(paragraphs, revision, operativeCount);

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafts-'));
  dir = join(root, 'drafts');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock the test moves by hand, so the backup interval rule can be exercised without waiting. */
function manualClock(start = Date.UTC(2026, 10, 3, 10)) {
  const clock = { at: start, now: () => clock.at };
  return clock;
}

/** Saves `version` as the revision it holds, based on the one before, and checks that it was written. */
async function put(store: DraftStore, version: DraftFile): Promise<void> {
  expect(await store.save(saveOf(version))).toEqual({ saved: true, revision: version.revision });
}

function openedDraft(result: OpenDraftResult): DraftFile {
  if (!result.ok) throw new Error(`expected the draft to open, got: ${result.error}`);
  return result.draft;
}

async function backupRevisions(store: DraftStore): Promise<number[]> {
  const revisions: number[] = [];
  for (const backup of await store.listBackups(ID)) revisions.push(revisionOf(openedDraft(await store.openBackup(ID, backup.name))));
  return revisions;
}

describe('DraftStore', () => {
  it('saves and opens a draft unchanged, in a versioned file, and lists it newest first', async () => {
    const store = new DraftStore(dir);
    const first = draft(1, 200);
    const other = { ...draft(2), id: 'older', title: 'Older draft', updatedAt: '2020-01-01T00:00:00.000Z' };
    await put(store, first);
    await put(store, other);

    expect(openedDraft(await new DraftStore(dir).open(ID))).toEqual(first);
    const onDisk = JSON.parse(await readFile(join(dir, `${ID}.json`), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(onDisk).slice(0, 3)).toEqual(['format', 'version', 'revision']);
    expect([onDisk.format, onDisk.version, onDisk.revision]).toEqual(['precedent-desk/draft', DRAFT_FORMAT_VERSION, 1]);
    expect(await store.list()).toEqual([
      { id: ID, title: first.title, lang: 'fr', updatedAt: first.updatedAt },
      { id: 'older', title: 'Older draft', lang: 'fr', updatedAt: other.updatedAt },
    ]);
  });

  it('lists nothing for a drafts folder that does not exist yet', async () => {
    expect(await new DraftStore(dir).list()).toEqual([]);
  });

  it('refuses to save a draft that is not valid, naming the wrong field', async () => {
    const store = new DraftStore(dir);
    const broken = draft(1);
    broken.content.operative[2]?.runs.push({ type: 'precedent', paragraphId: 'CTOC/COP/WG.7/2012/6#9', lang: 'de' } as never);
    await expect(store.save(broken)).rejects.toThrow(/content\.operative\[2\]\.runs\[2\]\.lang is "de".*content\.operative\[2\]\.runs\[2\]\.text is missing/);
    await expect(store.save({ ...draft(1), title: undefined } as never)).rejects.toThrow(/title is missing/);
    expect(await store.list()).toEqual([]);
  });

  it('serialises quick successive saves of one draft: the last one wins and no temporary file is left', async () => {
    const store = new DraftStore(dir);
    // Largest first: were the writes not queued, the small last one would finish first and be overwritten.
    const versions = [1, 2, 3, 4, 5, 6, 7, 8].map((revision) => draft(revision, 400 - revision * 40));
    await Promise.all(versions.map((version) => put(store, version)));
    expect(openedDraft(await store.open(ID))).toEqual(versions.at(-1));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the replaced version as a backup at most once per interval', async () => {
    const clock = manualClock();
    const store = new DraftStore(dir, { backupIntervalMs: 60_000, now: clock.now });
    for (const revision of [1, 2, 3]) {
      await put(store, draft(revision));
      clock.at += 1000;
    }
    expect(await backupRevisions(store)).toEqual([1]);
    clock.at += 60_000;
    await put(store, draft(4));
    expect(await backupRevisions(store)).toEqual([3, 1]);
    for (const backup of await store.listBackups(ID)) expect(Number.isNaN(Date.parse(backup.savedAt))).toBe(false);
  });

  it('keeps only the newest backups', async () => {
    const clock = manualClock();
    const store = new DraftStore(dir, { backupIntervalMs: 0, now: clock.now });
    for (let revision = 1; revision <= 9; revision++) {
      await put(store, draft(revision));
      clock.at += 1000;
    }
    expect(await backupRevisions(store)).toEqual([8, 7, 6, 5, 4]);
    expect(openedDraft(await store.open(ID)).title).toBe(draft(9).title);
  });

  it('backs up a version written behind its back (another window or program) before replacing it', async () => {
    const clock = manualClock();
    const store = new DraftStore(dir, { backupIntervalMs: 60_000, now: clock.now });
    await put(store, draft(1));
    clock.at += 1000;
    // A second store knows nothing of the file it finds, so it keeps revision 1 whatever the interval.
    await put(new DraftStore(dir, { backupIntervalMs: 60_000, now: clock.now }), draft(2));
    clock.at += 1000;
    await put(store, draft(3));
    expect(await backupRevisions(store)).toEqual([2, 1]);
  });

  it('sets a damaged file aside instead of saving over it', async () => {
    const store = new DraftStore(dir);
    await put(store, draft(1));
    await writeFile(join(dir, `${ID}.json`), 'edited by hand: {');
    await put(store, draft(2));
    const names = await readdir(dir);
    const setAside = names.filter((name) => name.startsWith(`${ID}.corrupt-`));
    expect(setAside).toHaveLength(1);
    expect(await readFile(join(dir, setAside[0] ?? ''), 'utf8')).toBe('edited by hand: {');
    expect(openedDraft(await store.open(ID))).toEqual(draft(2));
  });

  describe('a damaged draft file', () => {
    async function damagedStore(damage: (text: string) => string) {
      const clock = manualClock();
      const store = new DraftStore(dir, { backupIntervalMs: 0, now: clock.now });
      for (const revision of [1, 2, 3]) {
        await put(store, draft(revision));
        clock.at += 1000;
      }
      const damaged = damage(await readFile(join(dir, `${ID}.json`), 'utf8'));
      await writeFile(join(dir, `${ID}.json`), damaged);
      return { store: new DraftStore(dir), damaged };
    }

    const cases: [string, (text: string) => string, RegExp][] = [
      ['cut off mid-write', (text) => text.slice(0, Math.floor(text.length / 2)), /ends early at line \d+, column \d+, it looks cut off/],
      ['not JSON at all', () => 'PK\u0003\u0004 this is a zip file', /is not valid JSON/],
      ['of another format', (text) => text.replace('precedent-desk/draft', 'lexical/state'), /"format": "lexical\/state", so it is not a Precedent Desk draft/],
      ['missing a field', (text) => text.replace(/"title": "[^"]*",/, ''), /title is missing/],
      ['empty', () => '', /the file is empty/],
    ];

    it.each(cases)('(%s) is reported clearly, set aside untouched, and its backups can be opened', async (_, damage, message) => {
      const { store, damaged } = await damagedStore(damage);
      const result = await store.open(ID);
      if (result.ok) throw new Error('a damaged draft opened');
      expect(result.error).toMatch(message);
      expect(result.error).toContain(join(dir, `${ID}.json`));
      expect(result.error).toContain('2 backups can be opened instead');
      expect(result.setAsideAs).toMatch(new RegExp(`${ID}\\.corrupt-[\\dTZ-]+\\.json$`));
      expect(await readFile(result.setAsideAs ?? '', 'utf8')).toBe(damaged);
      expect(result.backups.map((backup) => backup.name)).toEqual((await store.listBackups(ID)).map((backup) => backup.name));

      const previous = openedDraft(await store.openBackup(ID, result.backups[0]?.name ?? ''));
      expect(previous).toEqual(draft(2));
      expect(await store.list()).toEqual([]);
      // The damaged file was set aside, so nothing is overwritten: the save continues from the backup's revision.
      expect(await store.save(previous)).toEqual({ saved: true, revision: 3 });
      expect(openedDraft(await store.open(ID))).toEqual({ ...draft(2), revision: 3 });
      expect(await readFile(result.setAsideAs ?? '', 'utf8')).toBe(damaged);
    });

    it('stays in the list marked damaged until opened, and opening it again says where it was set aside', async () => {
      const { store } = await damagedStore((text) => text.slice(0, 100));
      await put(store, { ...draft(1), id: 'healthy' });
      const listed = await store.list();
      expect(listed.map((summary) => [summary.id, summary.damaged ?? false]).sort()).toEqual([['healthy', false], [ID, true]].sort());
      const first = await store.open(ID);
      const again = await store.open(ID);
      if (first.ok || again.ok) throw new Error('a damaged draft opened');
      expect(again.error).toContain(`There is no draft "${ID}"`);
      expect(again.error).toContain(`set aside earlier as ${first.setAsideAs ?? ''}`);
      expect(again.backups).toHaveLength(2);
    });
  });

  it('says so when a draft does not exist, or a backup name is unknown', async () => {
    const store = new DraftStore(dir);
    expect(await store.open('nothing-here')).toEqual({
      ok: false,
      error: `There is no draft "nothing-here" in ${dir}. There is no backup of it.`,
      setAsideAs: null,
      backups: [],
      newerVersion: null,
    });
    const result = await store.openBackup(ID, '2026-11-03T10-15-30-123Z.json');
    expect(result.ok).toBe(false);
    await expect(store.openBackup(ID, '../../sample-draft.json')).rejects.toThrow(/is not a backup name/);
  });

  it('rejects unsafe draft ids with a clear error and writes nothing outside its folder', async () => {
    const store = new DraftStore(dir);
    const unsafe = ['', '../escape', 'a/b', 'a\\b', '..', '.hidden', 'two.parts', 'Draft', 'con', 'nul', 'a'.repeat(101), 'tab\there', 'nul\0byte'];
    for (const id of unsafe) {
      await expect(store.save({ ...draft(1), id })).rejects.toThrow(`Draft id ${JSON.stringify(id)} is not allowed`);
      await expect(store.open(id)).rejects.toThrow('is not allowed');
      await expect(store.delete(id)).rejects.toThrow('is not allowed');
      await expect(store.listBackups(id)).rejects.toThrow('is not allowed');
    }
    await expect(store.save({ ...draft(1), id: '../escape' })).rejects.toThrow(/cannot contain "\/"/);
    // The web server answers these with 400: the request was wrong, not the host.
    await expect(store.save({ ...draft(1), id: '../escape' })).rejects.toBeInstanceOf(HostInputError);
    expect(await readdir(root)).toEqual([]);
  });

  it('moves a deleted draft with its backups to the trash instead of erasing it', async () => {
    const clock = manualClock();
    const store = new DraftStore(dir, { backupIntervalMs: 0, now: clock.now });
    await put(store, draft(1));
    clock.at += 1000;
    await put(store, draft(2));
    const saved = await readFile(join(dir, `${ID}.json`), 'utf8');
    await store.delete(ID);

    expect(await store.list()).toEqual([]);
    expect(await store.listBackups(ID)).toEqual([]);
    const [folder, ...others] = await readdir(join(dir, 'trash'));
    expect(others).toEqual([]);
    expect(folder).toMatch(new RegExp(`-${ID}$`));
    const trashed = join(dir, 'trash', folder ?? '');
    expect(await readFile(join(trashed, `${ID}.json`), 'utf8')).toBe(saved);
    expect(await readdir(join(trashed, 'backups'))).toHaveLength(1);
    await expect(store.delete(ID)).rejects.toThrow(`There is no draft "${ID}" to delete`);

    // A new draft under the same id starts afresh; the trashed one stays.
    await put(store, draft(3));
    await store.delete(ID);
    expect(await readdir(join(dir, 'trash'))).toHaveLength(2);
  });

  it('ignores temporary files and removes only those a killed process left long ago', async () => {
    const store = new DraftStore(dir);
    await put(store, draft(1));
    const stale = join(dir, `.${ID}.json.999-deadbeef.tmp`);
    const recent = join(dir, `.${ID}.json.999-cafebabe.tmp`);
    await writeFile(stale, '{"format": "precedent-desk/dr');
    await writeFile(recent, '{"format": "precedent-desk/dr');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, anHourAgo, anHourAgo);

    expect((await store.list()).map((summary) => summary.id)).toEqual([ID]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([`.${ID}.json.999-cafebabe.tmp`]);
  });
});
