import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFile } from '../../shared/draft/model';
import type { OpenDraftResult } from '../../shared/host/DeskHost';
import { DraftStore } from './DraftStore';
import { parseDraftText } from './validateDraftFile';
import { SAMPLE_DRAFT_ID as ID, buildSampleDraft, readSampleParagraphs, revisionOf, saveOf } from './testing/sampleDraft';

const paragraphs = readSampleParagraphs();
/** Revision `revision` of the sample draft, with `words` as its first typed paragraph. */
function version(revision: number, words: string): DraftFile {
  const draft = buildSampleDraft(paragraphs, revision, 4);
  const typed = draft.content.operative[1];
  if (typed) typed.runs = [{ type: 'text', text: words }];
  return draft;
}
const wordsOf = (draft: DraftFile) => draft.content.operative[1]?.runs.map((run) => ('text' in run ? run.text : '')).join('');

function openedDraft(result: OpenDraftResult): DraftFile {
  if (!result.ok) throw new Error(`expected the draft to open, got: ${result.error}`);
  return result.draft;
}

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drafts-revisions-'));
  dir = join(root, 'drafts');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('DraftStore revisions', () => {
  it('counts the saves of a draft in its file', async () => {
    const store = new DraftStore(dir);
    const created = { ...version(1, 'Premier jet.'), revision: 0 };
    expect(await store.save(created)).toEqual({ saved: true, revision: 1 });
    expect(await store.save({ ...created, revision: 1 })).toEqual({ saved: true, revision: 2 });
    expect(openedDraft(await new DraftStore(dir).open(ID)).revision).toBe(2);
  });

  it('saves a shared draft from a window holding an older revision: the file is a snapshot of the shared state, which both windows merge', async () => {
    const store = new DraftStore(dir);
    await store.save(saveOf(version(1, 'Texte commun.')));
    expect(await store.save(version(1, 'Texte du premier onglet.'), { snapshotOfShared: true })).toEqual({ saved: true, revision: 2 });
    expect(await store.save(version(1, 'Texte des deux onglets.'), { snapshotOfShared: true })).toEqual({ saved: true, revision: 3 });
    expect(wordsOf(openedDraft(await store.open(ID)))).toBe('Texte des deux onglets.');
    expect((await readdir(dir)).filter((name) => name.includes('.conflict-'))).toEqual([]);
  });

  it('never lets a save based on an outdated revision overwrite the draft: the text goes to a conflict copy beside it', async () => {
    const store = new DraftStore(dir);
    await store.save(saveOf(version(1, 'Texte commun.')));
    // Two tabs opened revision 1; the first saves, then the second.
    expect(await store.save({ ...version(1, 'Texte du premier onglet.') })).toEqual({ saved: true, revision: 2 });
    const late = await store.save({ ...version(1, 'Texte du second onglet.') });
    if (late.saved) throw new Error('the outdated save overwrote the draft');

    expect(late.conflict.revision).toBe(2);
    expect(late.conflict.copy).toMatch(new RegExp(`^${dir}/${ID}\\.conflict-[\\dTZ-]+\\.json$`));
    expect(wordsOf(openedDraft(await store.open(ID)))).toBe('Texte du premier onglet.');
    const copy = parseDraftText(await readFile(late.conflict.copy, 'utf8'));
    if (!copy.ok) throw new Error(copy.problem);
    // A complete draft file of the revision its text was based on, so it can be opened as it is.
    expect(copy.draft).toEqual(version(1, 'Texte du second onglet.'));
    // Not a draft of its own: the list still shows one draft.
    expect((await store.list()).map((draft) => draft.id)).toEqual([ID]);
  });

  it('brings the same conflict copy up to date while the refused text goes on changing, and writes no other file', async () => {
    const store = new DraftStore(dir);
    await store.save(saveOf(version(1, 'Un.')));
    await store.save(version(1, 'Deux.'));
    const late = await store.save(version(1, 'Mon te'));
    if (late.saved) throw new Error('the outdated save overwrote the draft');
    const again = await store.save(version(1, 'Mon texte complet.'), { conflictCopy: late.conflict.copy });
    expect(again).toEqual({ saved: false, conflict: late.conflict });
    const copy = parseDraftText(await readFile(late.conflict.copy, 'utf8'));
    expect(copy.ok && wordsOf(copy.draft)).toBe('Mon texte complet.');
    expect((await readdir(dir)).filter((name) => name.includes('.conflict-'))).toHaveLength(1);

    for (const elsewhere of [join(root, 'settings.json'), join(dir, `${ID}.json`), join(dir, `other.conflict-2026-11-03T10-15-30-123Z.json`)]) {
      await expect(store.save(version(1, 'x'), { conflictCopy: elsewhere })).rejects.toThrow(`is not a conflict copy of draft "${ID}"`);
    }
  });

  it('compares with the file on disk, not with what this store wrote: another process’s save is not overwritten', async () => {
    await new DraftStore(dir).save(saveOf(version(1, 'Un.')));
    const first = new DraftStore(dir);
    const second = new DraftStore(dir);
    expect(await first.save(version(1, 'Deux, premier processus.'))).toEqual({ saved: true, revision: 2 });
    expect((await second.save(version(1, 'Deux, second processus.'))).saved).toBe(false);
    expect(wordsOf(openedDraft(await second.open(ID)))).toBe('Deux, premier processus.');
  });

  it('keeps the replaced revision as a backup when the delegate keeps their own text after a conflict', async () => {
    // A long backup interval: without keepReplaced, none of these saves would make a backup.
    const store = new DraftStore(dir, { backupIntervalMs: 60 * 60_000 });
    await store.save(saveOf(version(1, 'Un.')));
    await store.save(version(1, 'Texte de l’autre onglet.'));
    const late = await store.save(version(1, 'Mon texte.'));
    if (late.saved) throw new Error('the outdated save overwrote the draft');
    const newestBackupBefore = (await store.listBackups(ID))[0]?.name;

    // "Keep mine": the same text, now based on the revision on disk.
    expect(await store.save({ ...version(1, 'Mon texte.'), revision: late.conflict.revision }, { keepReplaced: true })).toEqual({ saved: true, revision: 3 });
    expect(wordsOf(openedDraft(await store.open(ID)))).toBe('Mon texte.');
    const [newest] = await store.listBackups(ID);
    expect(newest?.name).not.toBe(newestBackupBefore);
    expect(wordsOf(openedDraft(await store.openBackup(ID, newest?.name ?? '')))).toBe('Texte de l’autre onglet.');
  });

  it('moves conflict copies to the trash with the draft', async () => {
    const store = new DraftStore(dir);
    await store.save(saveOf(version(1, 'Un.')));
    await store.save(version(1, 'Deux.'));
    await store.save(version(1, 'Copie.'));
    await store.delete(ID);
    const [folder] = await readdir(join(dir, 'trash'));
    expect((await readdir(join(dir, 'trash', folder ?? ''))).filter((name) => name.includes('.conflict-'))).toHaveLength(1);
    expect((await readdir(dir)).filter((name) => name.includes('.conflict-'))).toEqual([]);
  });

  it('numbers the revisions of the sample draft as its title does', async () => {
    const store = new DraftStore(dir);
    for (const revision of [1, 2, 3]) await store.save(saveOf(buildSampleDraft(paragraphs, revision, 4)));
    const opened = openedDraft(await store.open(ID));
    expect([opened.revision, revisionOf(opened)]).toEqual([3, 3]);
  });
});
