import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { freePort } from '../../e2e/utils/freePort';
import { SyncServerProcess } from '../../e2e/utils/syncServerProcess';
import { waitFor } from '../../host/sync/testing/syncClient';
import { SharedDraftProvider } from './SharedDraftProvider';

const room = 'room_presence_0123456789';
const token = 'tok_'.padEnd(43, 'p');

let dataDir: string;
let server: SyncServerProcess;
const desks: SharedDraftProvider[] = [];

/** A desk on the shared draft, its presence set as Lexical's collaboration plugin sets it. */
function desk(name: string): SharedDraftProvider {
  const provider = new SharedDraftProvider(new Y.Doc(), { server: server.address, room, token, title: 'Draft' }, null, async () => undefined);
  provider.awareness.setLocalState({ name, color: '#336699', focusing: false, anchorPos: null, focusPos: null, awarenessData: {} } as never);
  provider.connect();
  desks.push(provider);
  return provider;
}

const othersSeenBy = (provider: SharedDraftProvider) => provider.getStatus().others.map((other) => other.name);
const seeEachOther = (alice: SharedDraftProvider, bruno: SharedDraftProvider) => othersSeenBy(alice).includes('Bruno') && othersSeenBy(bruno).includes('Alice');

beforeEach(async () => {
  // Node 20 has no WebSocket of its own; the provider takes the global one, as in the window.
  vi.stubGlobal('WebSocket', WebSocket);
  dataDir = await mkdtemp(join(tmpdir(), 'presence-'));
  server = new SyncServerProcess(await freePort(), dataDir);
  await server.start();
});

afterEach(async () => {
  await Promise.all(desks.splice(0).map((provider) => provider.destroy()));
  await server.kill();
  vi.unstubAllGlobals();
  await rm(dataDir, { recursive: true, force: true });
});

describe('presence on a shared draft', () => {
  it('comes back on both desks once they are back on a server killed and restarted, not at the next renewal 15 s later', async () => {
    const alice = desk('Alice');
    const bruno = desk('Bruno');
    await waitFor(() => seeEachOther(alice, bruno));

    await server.kill();
    await waitFor(() => othersSeenBy(alice).length === 0 && othersSeenBy(bruno).length === 0);
    await server.start();
    await waitFor(() => alice.getStatus().connection === 'connected' && bruno.getStatus().connection === 'connected', 10_000);
    // Their presence was set a few seconds ago: y-protocols renews it 15 s after, so this is not the renewal.
    await waitFor(() => seeEachOther(alice, bruno), 6000);
  }, 60_000);
});
