import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DraftFile } from '../../shared/draft/model';
import { HostUnreachableError } from '../host/hostErrors';
import { DraftConflictPending, DraftSaver, type SaveOutcome, type SaveStatus } from './DraftSaver';

const timing = { quietMs: 400, maxWaitMs: 900, retryMs: 2000 };

function draftSaying(title: string): DraftFile {
  return {
    format: 'precedent-desk/draft',
    version: 3,
    revision: 1,
    id: 'd1',
    title,
    lang: 'fr',
    citationStyle: 'inline',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    editorState: {},
    content: { preamble: [], operative: [] },
    rounds: [],
  };
}

describe('DraftSaver', () => {
  let saved: string[];
  let statuses: SaveStatus['state'][];
  let save: (draft: DraftFile) => Promise<SaveOutcome>;

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    statuses = [];
    save = async (draft) => {
      saved.push(draft.title);
      return { saved: true };
    };
  });
  afterEach(() => vi.useRealTimers());

  const saverWith = (saveFn: (draft: DraftFile) => Promise<SaveOutcome>) =>
    new DraftSaver(saveFn, (status) => statuses.push(status.state), timing, () => Date.now());

  test('saves once the delegate pauses, with the latest text', async () => {
    const saver = saverWith(save);
    saver.changed(() => draftSaying('a'));
    await vi.advanceTimersByTimeAsync(200);
    saver.changed(() => draftSaying('ab'));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('continuous typing is still saved within the maximum wait', async () => {
    const saver = saverWith(save);
    for (let elapsed = 0; elapsed < 2000; elapsed += 100) {
      saver.changed(() => draftSaying(`t${elapsed}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // Changes at 0 and 1000 ms started a wait each; both ended by 900 ms later.
    expect(saved).toEqual(['t800', 't1700']);
  });

  test('a change made during a save is saved right after it, in order', async () => {
    let release: () => void = () => undefined;
    const slowSave = (draft: DraftFile) =>
      new Promise<SaveOutcome>((resolve) => {
        saved.push(`start ${draft.title}`);
        release = () => {
          saved.push(`end ${draft.title}`);
          resolve({ saved: true });
        };
      });
    const saver = saverWith(slowSave);
    saver.changed(() => draftSaying('one'));
    await vi.advanceTimersByTimeAsync(400);
    saver.changed(() => draftSaying('two'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['start one']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['start one', 'end one', 'start two']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('a failed save keeps the draft and tries again', async () => {
    let failures = 1;
    const saver = saverWith(async (draft) => {
      if (failures-- > 0) throw new Error('disk full');
      saved.push(draft.title);
      return { saved: true };
    });
    saver.changed(() => draftSaying('kept'));
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('failed');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['kept']);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('flush saves at once and waits for the disk', async () => {
    const saver = saverWith(save);
    saver.changed(() => draftSaying('now'));
    await saver.flush();
    expect(saved).toEqual(['now']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['now']);
  });

  test('while saves fail, the status keeps saying so as the delegate types on, until one succeeds', async () => {
    let serverUp = false;
    const full: SaveStatus[] = [];
    const saver = new DraftSaver(
      async (draft) => {
        if (!serverUp) throw new HostUnreachableError('gone');
        saved.push(draft.title);
        return { saved: true };
      },
      (status) => full.push(status),
      timing,
      () => Date.now(),
    );
    saver.changed(() => draftSaying('one'));
    await vi.advanceTimersByTimeAsync(400);
    expect(full.at(-1)).toEqual({ state: 'failed', problem: 'unreachable', message: 'gone' });
    const count = full.length;
    for (const title of ['one t', 'one tw', 'one two']) {
      saver.changed(() => draftSaying(title));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(full.slice(count).map((status) => status.state)).not.toContain('pending');
    expect(saver.hasUnsavedChanges()).toBe(true);
    serverUp = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual(['one two']);
    expect(full.at(-1)).toEqual({ state: 'saved' });
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  test('after a save refused for a conflict, saves go on to the copy, the status stays, and resume saves the text over the other', async () => {
    const conflict = { revision: 5, copy: '/data/drafts/d1.conflict-2026-11-03T10-15-30-123Z.json' };
    let refuse = true;
    const saver = saverWith(async (draft) => {
      saved.push(draft.title);
      return refuse ? { saved: false, conflict } : { saved: true };
    });
    saver.changed(() => draftSaying('mine'));
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses.at(-1)).toBe('conflict');
    const count = statuses.length;
    saver.changed(() => draftSaying('mine, more'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['mine', 'mine, more']);
    expect(statuses.slice(count)).toEqual(['conflict']);
    expect(saver.hasUnsavedChanges()).toBe(true);
    await expect(saver.flush()).rejects.toBeInstanceOf(DraftConflictPending);

    refuse = false;
    await saver.resume();
    expect(saved).toEqual(['mine', 'mine, more', 'mine, more']);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });
});
