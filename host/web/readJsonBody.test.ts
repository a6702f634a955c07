import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BytesInFlight } from './BytesInFlight';
import { jsonNestsDeeperThan } from './jsonDepth';
import { readJsonBody } from './readJsonBody';

const KB = 1024;
const inFlight = new BytesInFlight(1000 * KB);
const limits = { bodyBytes: 800 * KB, jsonDepth: 32 };
/** Requests whose path is /hold wait for release() before being answered, so their bodies stay in flight. */
let releaseHeld: () => void = () => undefined;
let held = Promise.resolve();
let server: Server;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readJsonBody(req, res, inFlight, limits);
    if (req.url === '/hold') await held;
    res.writeHead(body.ok ? 200 : body.status, { 'content-type': 'application/json', ...(body.ok ? {} : body.headers) });
    res.end(JSON.stringify(body.ok ? { result: body.value === undefined ? null : 'parsed' } : { error: body.error }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function post(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const jsonOf = (bytes: number) => JSON.stringify({ text: 'x'.repeat(bytes - 11) });

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan('{"a":[{"b":[]}]}', 4)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":[{"b":[]}]}', 3)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: '[[[[{{{{\\"[[[[' }), 1)).toBe(false);
  });
});

describe('readJsonBody', () => {
  it('answers a body nested 100,000 levels deep with 400 and a clear message', async () => {
    const reply = await post('/', nested(100_000));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ error: 'The request body nests JSON deeper than 32 levels.' });
    expect((await post('/', nested(32))).status).toBe(200);
  });

  it('refuses a body beyond the size limit with 413', async () => {
    expect((await post('/', jsonOf(801 * KB))).status).toBe(413);
    expect(inFlight.current).toBe(0);
  });

  it('refuses with 503 a body that would take the bytes in flight past their limit, and gives them back', async () => {
    held = new Promise((resolve) => (releaseHeld = resolve));
    const first = post('/hold', jsonOf(600 * KB));
    await expect.poll(() => inFlight.current).toBe(600 * KB);
    const second = await post('/', jsonOf(600 * KB));
    expect(second.status).toBe(503);
    expect(JSON.parse(second.body).error).toMatch(/busy.*try again/);
    expect((await post('/', jsonOf(100 * KB))).status).toBe(200);
    releaseHeld();
    expect((await first).status).toBe(200);
    await expect.poll(() => inFlight.current).toBe(0);
    expect((await post('/', jsonOf(600 * KB))).status).toBe(200);
  });
});
