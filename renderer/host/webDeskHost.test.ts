import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startWebMode } from '../../host/web/startWebMode';
import type { RunningWebServer } from '../../host/web/startWebServer';
import { HostError } from '../../shared/host/hostError';
import { DESK_HOST_SOCKET_PATH } from '../../shared/host/transport';
import { HostSocket } from './HostSocket';
import { createWebDeskHost } from './webDeskHost';

const TOKEN = 'adapter-token-0123456789';
let server: RunningWebServer;
let dataDir: string;
const realFetch = globalThis.fetch;
const httpCalls: string[] = [];
const sockets: NodeWebSocket[] = [];

async function start(port = 0): Promise<void> {
  server = await startWebMode({ port, dataDir, token: TOKEN, open: false }, dataDir);
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-adapter-'));
  await start();
  // The adapter calls /api/... relative to its page; here the page is the test server.
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    httpCalls.push(input);
    return realFetch(new URL(input, `http://127.0.0.1:${server.port}`), init);
  });
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
  httpCalls.length = 0;
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A HostSocket to the test server (Node's `ws` standing in for the browser's WebSocket), open. */
async function openSocket(token = TOKEN): Promise<HostSocket> {
  const socket = new HostSocket(`ws://127.0.0.1:${server.port}${DESK_HOST_SOCKET_PATH}?token=${token}`, (url) => {
    const created = nodeSocket(url);
    sockets.push(created);
    return created as unknown as WebSocket;
  });
  // It opens a task after it is made.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settled(sockets.at(-1)!);
  return socket;
}

/** When the socket is open, or has closed (refused). */
function settled(socket: NodeWebSocket): Promise<void> {
  if (socket.readyState !== socket.CONNECTING) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once('open', resolve);
    socket.once('close', resolve);
  });
}

/** A browser logs a failed connection and then closes the socket; Node's `ws` throws it unless heard. */
function nodeSocket(url: string): NodeWebSocket {
  const socket = new NodeWebSocket(url);
  socket.on('error', () => undefined);
  return socket;
}

describe.each([
  ['over HTTP', async () => null],
  ['over the socket', () => openSocket()],
])('createWebDeskHost against the real web server, %s', (transport, socketFor) => {
  it('calls host methods and returns their results', async () => {
    const host = createWebDeskHost(TOKEN, await socketFor());
    await host.saveSettings({ contentLanguage: 'en' });
    expect(await host.getSettings()).toEqual({ contentLanguage: 'en' });
    expect(await host.listDrafts()).toEqual([]);
    expect(httpCalls).toHaveLength(transport === 'over HTTP' ? 3 : 0);
  });

  it('returns a failed open as data, not as an error', async () => {
    const result = await createWebDeskHost(TOKEN, await socketFor()).openDraft({ id: 'no-such-draft' });
    expect(result).toMatchObject({ ok: false, setAsideAs: null, backups: [] });
  });

  it('rethrows host errors with their code, the host’s words kept as detail', async () => {
    const host = createWebDeskHost(TOKEN, await socketFor());
    await expect(host.openDraft({} as { id: string })).rejects.toMatchObject({ code: 'request.invalid', message: 'The request needs a non-empty string "id".' });
    await expect(host.removeFromLibrary({ libraryId: 'a0b1c2d3e4f5a6b7' })).rejects.toMatchObject({ code: 'library.notFound' });
  });
});

describe('the web DeskHost’s socket', () => {
  it('is refused a wrong token: the calls go over HTTP, where the token’s error is said', async () => {
    const host = createWebDeskHost('wrong-token-0123456789', await openSocket('wrong-token-0123456789'));
    const refused = host.getSettings();
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({ code: 'auth.token' });
    expect(httpCalls).toEqual(['/api/getSettings']);
  });

  it('sends a large argument over HTTP, which counts the bytes in flight, and one just below the limit over the socket, accents and all', async () => {
    const host = createWebDeskHost(TOKEN, await openSocket());
    await host.saveSettings({ note: 'x'.repeat(300 * 1024) });
    expect(httpCalls).toEqual(['/api/saveSettings']);
    // Two bytes of UTF-8 each, and three for the typographic apostrophe: the socket must not close on them.
    const accented = 'é’'.repeat(120 * 1024);
    await host.saveSettings({ note: accented });
    expect(await host.getSettings()).toEqual({ note: accented });
    expect(httpCalls).toEqual(['/api/saveSettings']);
  });

  it('fails the calls it carries when the server stops, then goes over HTTP and opens again once the server is back', async () => {
    const socket = await openSocket();
    const host = createWebDeskHost(TOKEN, socket);
    expect(await host.listDrafts()).toEqual([]);
    const port = server.port;
    const cut = host.listDrafts();
    await server.close();
    await expect(cut).rejects.toMatchObject({ code: 'host.unreachable' });

    await start(port);
    // The call after the cut goes over HTTP while the socket opens again.
    expect(await host.listDrafts()).toEqual([]);
    expect(httpCalls).toEqual(['/api/listDrafts']);
    await settled(sockets.at(-1)!);
    expect(await host.listDrafts()).toEqual([]);
    expect(httpCalls).toHaveLength(1);
  });

  it('says so when the server is gone and the socket cannot open', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    try {
      const socket = new HostSocket('ws://127.0.0.1:9/', (url) => nodeSocket(url) as unknown as WebSocket);
      await expect(createWebDeskHost(TOKEN, socket).listDrafts()).rejects.toMatchObject({ code: 'host.unreachable', message: 'fetch failed' });
    } finally {
      vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, `http://127.0.0.1:${server.port}`), init));
    }
  });
});
