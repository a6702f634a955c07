import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DraftSharing } from '../../shared/sync/draftSharing';
import { SharedDraftStore } from './SharedDraftStore';

const sharing = (server: string): DraftSharing => ({
  invitation: { server, room: 'room_0123456789abcdef', token: 't'.repeat(43), title: 'Projet' },
  seedFromDraft: true,
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'shared-drafts-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function stateWith(text: string, base?: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('SharedDraftStore', () => {
  it('keeps each sharing and gives the sync servers the window may reach, after a restart too', async () => {
    const store = await SharedDraftStore.open(folder);
    await store.share('draft-a', sharing('wss://Sync.example.org:8443/desk'));
    await store.share('draft-b', sharing('ws://127.0.0.1:4444'));
    const reopened = await SharedDraftStore.open(folder);
    expect(reopened.get('draft-a')).toEqual(sharing('wss://Sync.example.org:8443/desk'));
    expect(reopened.get('draft-c')).toBeNull();
    expect(reopened.syncOrigins()).toEqual(['ws://127.0.0.1:4444', 'wss://sync.example.org:8443']);
  });

  it('refuses a sharing without a valid invitation, and ids that leave the folder', async () => {
    const store = await SharedDraftStore.open(folder);
    await expect(store.share('draft-a', { ...sharing('ws://sync.example.org'), seedFromDraft: true })).rejects.toThrow(/valid invitation/);
    await expect(store.share('../x', sharing('wss://sync.example.org'))).rejects.toThrow(/not allowed/);
    expect(store.syncOrigins()).toEqual([]);
  });

  it('merges the states two windows save, never replacing one with the other', async () => {
    const store = await SharedDraftStore.open(folder);
    await store.share('draft-a', sharing('wss://sync.example.org'));
    const common = stateWith('agreed ');
    await store.saveState('draft-a', stateWith('from one window', common));
    await store.saveState('draft-a', stateWith('from the other', common));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.loadState('draft-a'))!);
    expect(doc.getText('t').toString()).toMatch(/^agreed (from one windowfrom the other|from the otherfrom one window)$/);
    await expect(store.saveState('draft-a', new Uint8Array([1, 2, 3, 250]))).rejects.toThrow(/not a Yjs update/);
  });
});
