import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { DeskHost } from '../../shared/host/DeskHost';
import { DESK_HOST_SOCKET_PATH, type DeskHostSocketReply } from '../../shared/host/transport';
import { HostInputError } from '../HostInputError';
import { startWebServer, type RunningWebServer } from './startWebServer';

const TOKEN = 'socket-token-0123456789abcdef';
let server: RunningWebServer;
let rendererDir: string;

// Enough of a host to tell the replies apart: listDrafts answers late, so replies cross.
const host = {
  getSettings: async () => ({ contentLanguage: 'en' }),
  listDrafts: () => new Promise((resolve) => setTimeout(() => resolve([]), 50)),
  openDraft: async () => {
    throw new HostInputError('request.invalid', 'The request needs a non-empty string "id".');
  },
} as unknown as DeskHost;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'desk-socket-'));
  server = await startWebServer({ host, rendererDir, token: TOKEN, port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(rendererDir, { recursive: true, force: true });
});

/** The socket open, or the status the server refused the upgrade with. */
function connect(options: { path?: string; token?: string; headers?: Record<string, string> } = {}): Promise<WebSocket | number> {
  const address = `ws://127.0.0.1:${server.port}${options.path ?? DESK_HOST_SOCKET_PATH}?token=${options.token ?? TOKEN}`;
  const socket = new WebSocket(address, { headers: options.headers });
  return new Promise((resolve) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });
}

async function opened(options?: Parameters<typeof connect>[0]): Promise<WebSocket> {
  const socket = await connect(options);
  if (typeof socket === 'number') throw new Error(`Refused with ${socket}`);
  return socket;
}

function replies(socket: WebSocket, count: number): Promise<DeskHostSocketReply[]> {
  const got: DeskHostSocketReply[] = [];
  return new Promise((resolve) =>
    socket.on('message', (data) => {
      got.push(JSON.parse(String(data)) as DeskHostSocketReply);
      if (got.length === count) resolve(got);
    }),
  );
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
}

describe('the DeskHost socket of the web mode', () => {
  it('answers each call with its id, in the order the calls finish', async () => {
    const socket = await opened();
    const answered = replies(socket, 4);
    socket.send(JSON.stringify({ id: 1, method: 'listDrafts' }));
    socket.send(JSON.stringify({ id: 2, method: 'getSettings' }));
    socket.send(JSON.stringify({ id: 3, method: 'openDraft', argument: {} }));
    socket.send(JSON.stringify({ id: 4, method: 'noSuchMethod' }));
    const byId = new Map((await answered).map(({ id, reply }) => [id, reply]));
    expect((await answered).at(-1)!.id).toBe(1);
    expect(byId.get(1)).toEqual({ result: [] });
    expect(byId.get(2)).toEqual({ result: { contentLanguage: 'en' } });
    expect(byId.get(3)).toMatchObject({ error: { code: 'request.invalid', detail: 'The request needs a non-empty string "id".' } });
    expect(byId.get(4)).toMatchObject({ error: { code: 'request.invalid', detail: 'Unknown host method "noSuchMethod".' } });
    socket.close();
  });

  it('refuses a missing or wrong token, a foreign Host or Origin, and another path, as the HTTP API does', async () => {
    expect(await connect({ token: '' })).toBe(401);
    expect(await connect({ token: 'wrong-token-0123456789abcdef' })).toBe(401);
    expect(await connect({ headers: { host: `attacker.example:${server.port}` } })).toBe(403);
    expect(await connect({ headers: { origin: 'http://attacker.example' } })).toBe(403);
    expect(await connect({ path: '/api/getSettings' })).toBe(404);
    const own = await opened({ headers: { origin: `http://127.0.0.1:${server.port}` } });
    own.close();
  });

  it('closes on a message that is not a call: not JSON, nested too deep, binary, or without an id', async () => {
    for (const message of ['not json', `{"id":1,"method":"getSettings","argument":${'['.repeat(300)}${']'.repeat(300)}}`, Buffer.from([1, 2, 3]), '{"method":"getSettings"}']) {
      const socket = await opened();
      const done = closed(socket);
      socket.send(message);
      expect((await done).code).toBe(1008);
    }
  });

  it('closes on a message over its size limit', async () => {
    const socket = await opened();
    const done = closed(socket);
    socket.send(JSON.stringify({ id: 1, method: 'getSettings', argument: 'x'.repeat(800 * 1024) }));
    expect((await done).code).toBe(1009);
  });
});
