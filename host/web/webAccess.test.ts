import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebMode } from './startWebMode';
import { WEB_ACCESS_FILE, readWebAccess } from './webAccess';

let dataDir: string;
let rendererDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-web-access-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'desk-web-access-renderer-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

const args = (extra: { port?: number; token?: string | null } = {}) => ({ port: 0, dataDir, token: null, open: false, ...extra });
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
const ownerOnly = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

describe('the web mode’s address, kept per data folder', () => {
  it('serves the same port and token after a restart, the token in a file only its owner can read', async () => {
    const first = await startWebMode(args(), rendererDir);
    await first.close();
    const path = join(dataDir, WEB_ACCESS_FILE);
    expect(await ownerOnly(path)).toBe('600');
    const kept = await readWebAccess(dataDir);
    expect(kept).toEqual({ port: first.port, token: expect.stringMatching(/^[\w-]{43}$/) });

    const second = await startWebMode(args(), rendererDir);
    await second.close();
    expect(second.url).toBe(first.url);
    expect(second.url).toContain(kept?.token);
  });

  it('keeps a port chosen with --port, and never writes a token given on the command line', async () => {
    const port = await freePort();
    const chosen = await startWebMode(args({ port }), rendererDir);
    await chosen.close();
    const kept = await readWebAccess(dataDir);
    expect(kept?.port).toBe(port);
    const withTestToken = await startWebMode(args({ token: 'test-token-0123456789' }), rendererDir);
    await withTestToken.close();
    expect(withTestToken.port).toBe(port);
    expect(await readWebAccess(dataDir)).toEqual(kept);
  });

  it('makes a kept token file that others could read owner-only before using it', async () => {
    const path = join(dataDir, WEB_ACCESS_FILE);
    await writeFile(path, JSON.stringify({ port: 1234, token: 'kept-token-0123456789' }));
    await chmod(path, 0o644);
    expect(await readWebAccess(dataDir)).toEqual({ port: 1234, token: 'kept-token-0123456789' });
    expect(await ownerOnly(path)).toBe('600');
  });

  it('moves to another port, and says so, when the kept one is taken', async () => {
    const first = await startWebMode(args(), rendererDir);
    await first.close();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(first.port, '127.0.0.1', resolve));
    const warnings: string[] = [];
    try {
      const moved = await startWebMode(args(), rendererDir, (message) => warnings.push(message));
      await moved.close();
      expect(moved.port).not.toBe(first.port);
      expect(warnings).toEqual([expect.stringContaining(`Port ${first.port}, used last time with this data folder, is taken now`)]);
      expect((await readWebAccess(dataDir))?.port).toBe(moved.port);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('starts afresh from a kept file that is not ours', async () => {
    await writeFile(join(dataDir, WEB_ACCESS_FILE), 'not json');
    expect(await readWebAccess(dataDir)).toBeNull();
    const server = await startWebMode(args(), rendererDir);
    await server.close();
    expect((await readWebAccess(dataDir))?.port).toBe(server.port);
  });
});
