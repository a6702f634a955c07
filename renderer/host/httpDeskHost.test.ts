import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebMode } from '../../host/web/startWebMode';
import type { RunningWebServer } from '../../host/web/startWebServer';
import { HostError } from '../../shared/host/hostError';
import { createHttpDeskHost } from './httpDeskHost';

const TOKEN = 'adapter-token-0123456789';
let server: RunningWebServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-adapter-'));
  server = await startWebMode({ port: 0, dataDir, token: TOKEN, open: false }, dataDir);
  // The adapter calls /api/... relative to its page; here the page is the test server.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => realFetch(new URL(input, `http://127.0.0.1:${server.port}`), init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('createHttpDeskHost against the real web server', () => {
  it('calls host methods and returns their results', async () => {
    const host = createHttpDeskHost(TOKEN);
    await host.saveSettings({ contentLanguage: 'en' });
    expect(await host.getSettings()).toEqual({ contentLanguage: 'en' });
    expect(await host.listDrafts()).toEqual([]);
  });

  it('returns a failed open as data, not as an error', async () => {
    const result = await createHttpDeskHost(TOKEN).openDraft({ id: 'no-such-draft' });
    expect(result).toMatchObject({ ok: false, setAsideAs: null, backups: [] });
  });

  it('rethrows host errors with their code, the host’s words kept as detail', async () => {
    const host = createHttpDeskHost(TOKEN);
    await expect(host.openDraft({} as { id: string })).rejects.toMatchObject({ code: 'request.invalid', message: 'The request needs a non-empty string "id".' });
    await expect(host.removeFromLibrary({ libraryId: 'a0b1c2d3e4f5a6b7' })).rejects.toMatchObject({ code: 'library.notFound' });
    const refused = createHttpDeskHost('wrong-token-0123456789').getSettings();
    await expect(refused).rejects.toBeInstanceOf(HostError);
    await expect(refused).rejects.toMatchObject({ code: 'auth.token' });
  });

  it('says so when the server is gone', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    await expect(createHttpDeskHost(TOKEN).listDrafts()).rejects.toMatchObject({ code: 'host.unreachable', message: 'fetch failed' });
  });
});
