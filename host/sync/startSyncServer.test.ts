import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SyncDocumentStore } from './SyncDocumentStore';
import { startSyncServer, type RunningSyncServer } from './startSyncServer';
import { connectTestClient, waitFor, type TestClient } from './testing/syncClient';

const room = 'room_0123456789abcdef';
const token = 'tok_'.padEnd(43, 'x');
const otherToken = 'tok_'.padEnd(43, 'y');

let dataDir: string;
let server: RunningSyncServer;
let logged: string[];
const clients: TestClient[] = [];

function client(withToken = token): TestClient {
  const connected = connectTestClient(server.port, room, withToken);
  clients.push(connected);
  return connected;
}

async function start(maxMessageBytes = 1024 * 1024) {
  server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, maxMessageBytes, log: (line) => logged.push(line) });
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'sync-server-'));
  logged = [];
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The first client writes a paragraph; the test then checks it survives whatever comes next. */
async function writeAgreedText(): Promise<TestClient> {
  const first = client();
  expect(await first.ready).toBe(true);
  first.doc.getText('t').insert(0, 'agreed text');
  await waitFor(() => !first.provider.hasUnsyncedChanges);
  return first;
}

async function textSeenByANewClient(): Promise<string> {
  const reader = client();
  expect(await reader.ready).toBe(true);
  return reader.doc.getText('t').toString();
}

describe('sync server', () => {
  it('syncs two clients and keeps the document on disk across a restart', async () => {
    await start();
    await writeAgreedText();
    const second = client();
    expect(await second.ready).toBe(true);
    expect(second.doc.getText('t').toString()).toBe('agreed text');
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
    const stored = await new SyncDocumentStore(dataDir).load(room);
    const fromDisk = new Y.Doc();
    Y.applyUpdate(fromDisk, stored!);
    expect(fromDisk.getText('t').toString()).toBe('agreed text');
    await start();
    expect(await textSeenByANewClient()).toBe('agreed text');
  });

  it('refuses a wrong token, logs it, and the document stays as it was', async () => {
    await start();
    await writeAgreedText();
    const intruder = client(otherToken);
    expect(await intruder.ready).toBe(false);
    intruder.doc.getText('t').insert(0, 'intruder ');
    expect(logged.some((line) => line.includes('wrong token'))).toBe(true);
    expect(await textSeenByANewClient()).toBe('agreed text');
  });

  it('refuses a malformed update, closes that connection, logs it, and the document stays as it was', async () => {
    await start();
    const first = await writeAgreedText();
    const message = encoding.createEncoder();
    encoding.writeVarString(message, room);
    encoding.writeVarUint(message, 0); // sync
    encoding.writeVarUint(message, 2); // update
    encoding.writeVarUint8Array(message, new Uint8Array([7, 200, 13, 255, 255, 1, 0, 42, 9]));
    first.provider.configuration.websocketProvider.send(encoding.toUint8Array(message));
    await waitFor(() => logged.some((line) => line.includes('malformed update')));
    await first.closed;
    expect(await textSeenByANewClient()).toBe('agreed text');
  });

  it('refuses an oversized message, logs it, and the document stays as it was', async () => {
    await start(64 * 1024);
    const first = await writeAgreedText();
    first.doc.getText('t').insert(0, 'x'.repeat(100 * 1024));
    await first.closed;
    first.destroy();
    await waitFor(() => logged.some((line) => line.includes('larger than')));
    expect(await textSeenByANewClient()).toBe('agreed text');
  });
});
