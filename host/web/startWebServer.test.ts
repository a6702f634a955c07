import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../shared/corpus/buildCorpus';
import { SOURCE_FILES } from '../../shared/corpus/sourceFiles';
import { alignEdition } from '../../shared/import/compendium/alignEdition';
import { isCompendium } from '../../shared/import/compendium/model';
import { importAnyFile } from '../../shared/import/importFile';
import { mergeLibrary } from '../../shared/import/mergeLibrary';
import { EMPTY_LIBRARY } from '../../shared/import/model';
import { buildSampleDraft, readSampleParagraphs, saveOf } from '../drafts/testing/sampleDraft';
import { readSourceTexts } from '../corpus/loadBundledCorpus';
import { startWebMode } from './startWebMode';
import { startWebServer, type RunningWebServer } from './startWebServer';

const TOKEN = 'test-token-0123456789abcdef';
let server: RunningWebServer;
let dataDir: string;
let rendererDir: string;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: the tests must set Host and Origin exactly as an attacker could. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers, setHost: !options.headers?.host },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(method: string, argument?: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-precedent-desk-token': TOKEN, ...headers },
    body: argument === undefined ? '' : JSON.stringify(argument),
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'desk-web-data-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'desk-web-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>test page</title>');
  server = await startWebMode({ port: 0, dataDir, token: TOKEN, open: false }, rendererDir);
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(rendererDir, { recursive: true, force: true });
});

describe('web server with the right token, host and origin', () => {
  it('prints an address on 127.0.0.1 carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('saves settings to the data folder and reads them back', async () => {
    expect(JSON.parse((await callApi('getSettings')).body)).toEqual({ result: {} });
    const saved = await callApi('saveSettings', { interfaceLanguage: 'en', hiddenColumns: ['year'] });
    expect(saved.status).toBe(200);
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toEqual({ interfaceLanguage: 'en', hiddenColumns: ['year'] });
    expect(JSON.parse((await callApi('getSettings')).body)).toEqual({ result: { interfaceLanguage: 'en', hiddenColumns: ['year'] } });
  });

  it('saves, lists and opens a draft through the drafts store', async () => {
    const draft = buildSampleDraft(readSampleParagraphs(), 1, 3);
    const saved = await callApi('saveDraft', { draft: saveOf(draft) });
    expect(JSON.parse(saved.body)).toEqual({ result: { saved: true, revision: 1 } });
    const listed = JSON.parse((await callApi('listDrafts')).body) as { result: { id: string; title: string }[] };
    expect(listed.result).toEqual([expect.objectContaining({ id: draft.id, title: draft.title })]);
    const opened = JSON.parse((await callApi('openDraft', { id: draft.id })).body) as { result: unknown };
    expect(opened.result).toEqual({ ok: true, draft });
  });

  it('previews a compendium file against the corpus built from data/sources, merged with the (empty) user library, and never serves the whole corpus', async () => {
    const sources = await readSourceTexts();
    const draft = await importAnyFile({ name: 'recueil.txt', bytes: new TextEncoder().encode(sources[SOURCE_FILES.compendium]!) });
    if (!isCompendium(draft)) throw new Error('The bundled compendium was not recognised as a compendium.');
    const response = await callApi('previewCompendium', { edition: draft.edition });
    expect(response.status).toBe(200);
    const expected = JSON.parse(JSON.stringify(alignEdition(mergeLibrary(buildCorpus(sources), EMPTY_LIBRARY), draft.edition))) as unknown;
    expect((JSON.parse(response.body) as { result: unknown }).result).toEqual(expected);
    expect((await callApi('loadCorpus')).status).toBe(404);
  });

  it('accepts localhost and the page origin', async () => {
    const host = `localhost:${server.port}`;
    const response = await callApi('getSettings', undefined, { host, origin: `http://${host}` });
    expect(response.status).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await send('/?token=whatever');
    expect(page.status).toBe(200);
    expect(page.body).toContain('test page');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets the browser keep the fingerprinted assets for good, and revalidate the page that names them', async () => {
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'assets', 'startWindow-CJQ4tXnW.js'), 'export {};');
    expect((await send('/assets/startWindow-CJQ4tXnW.js')).headers['cache-control']).toBe('max-age=31536000, immutable');
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
    expect((await send('/index.html')).headers['cache-control']).toBe('no-cache');
  });

  it('never serves files outside the renderer folder', async () => {
    await writeFile(join(rendererDir, '..', 'desk-web-secret.txt'), 'secret');
    try {
      for (const path of ['/../desk-web-secret.txt', '/%2e%2e/desk-web-secret.txt', '/..%2fdesk-web-secret.txt']) {
        const response = await send(path);
        expect(response.status, path).toBe(404);
        expect(response.body).not.toContain('secret');
      }
    } finally {
      await rm(join(rendererDir, '..', 'desk-web-secret.txt'), { force: true });
    }
  });
});

describe('web server refusals', () => {
  it('refuses API calls without the token or with a wrong one, and does not run them', async () => {
    const missing = await send('/api/saveSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toEqual({ error: { code: 'auth.token', detail: expect.stringContaining('token') } });
    const wrong = await callApi('saveSettings', { x: 2 }, { 'x-precedent-desk-token': 'test-token-0123456789abcdeX' });
    expect(wrong.status).toBe(401);
    const shorter = await callApi('saveSettings', { x: 3 }, { 'x-precedent-desk-token': 'test' });
    expect(shorter.status).toBe(401);
    expect(JSON.parse((await callApi('getSettings')).body).result).not.toHaveProperty('x');
  });

  it('refuses requests addressed to another host name or port (DNS rebinding)', async () => {
    for (const host of [`attacker.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `127.0.0.1.nip.io:${server.port}`]) {
      const api = await callApi('getSettings', undefined, { host });
      expect(api.status, host).toBe(403);
      expect(JSON.parse(api.body)).toEqual({ error: { code: 'request.refused', detail: expect.stringContaining('is not this server') } });
      expect((await send('/', { headers: { host } })).status, host).toBe(403);
    }
  });

  it('refuses requests from another origin, even with the token', async () => {
    for (const origin of ['http://attacker.example', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`, 'null']) {
      const response = await callApi('saveSettings', { fromOrigin: origin }, { origin });
      expect(response.status, origin).toBe(403);
    }
    expect(JSON.parse((await callApi('getSettings')).body).result).not.toHaveProperty('fromOrigin');
  });

  it('refuses names that are not DeskHost methods', async () => {
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString', 'deps']) {
      const response = await callApi(name);
      expect(response.status, name).toBe(404);
      expect(JSON.parse(response.body)).toEqual({ error: { code: 'request.invalid', detail: `Unknown host method "${name}".` } });
    }
  });

  it('refuses bodies that are not JSON, or not sent as JSON', async () => {
    const bad = await send('/api/saveSettings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-precedent-desk-token': TOKEN },
      body: '{"interfaceLanguage":',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: { code: 'request.invalid', detail: 'The request body is not valid JSON.' } });
    // A cross-site form can send text/plain without a preflight; only JSON is accepted.
    const plain = await callApi('saveSettings', { a: 1 }, { 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect((await send('/api/getSettings', { headers: { 'x-precedent-desk-token': TOKEN } })).status).toBe(405);
  });

  it('answers a body nested 100,000 levels deep with 400, not a stack overflow', async () => {
    const deep = await send('/api/saveSettings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-precedent-desk-token': TOKEN },
      body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body)).toEqual({ error: { code: 'request.invalid', detail: expect.stringMatching(/^The request body nests JSON deeper than \d+ levels\.$/) } });
  });

  it('answers bad arguments with 400, each with a message', async () => {
    const noId = await callApi('openDraft', {});
    expect(noId.status).toBe(400);
    expect(JSON.parse(noId.body)).toEqual({ error: { code: 'request.invalid', detail: 'The request needs a non-empty string "id".' } });
    // A draft sent as it was before revisions: the request must say which draft it saves.
    const bareDraft = await callApi('saveDraft', buildSampleDraft(readSampleParagraphs(), 1, 1));
    expect(bareDraft.status).toBe(400);
    expect(JSON.parse(bareDraft.body)).toEqual({ error: { code: 'request.invalid', detail: 'The request needs "draft": the draft to save.' } });
    const notObject = await callApi('saveSettings', ['a']);
    expect(notObject.status).toBe(400);
    const saveFile = await callApi('saveFile', { suggestedName: 'a.docx', mimeType: 'application/octet-stream', base64: 'AA==' });
    expect(saveFile.status).toBe(400);
    expect(JSON.parse(saveFile.body)).toEqual({ error: { code: 'request.invalid', detail: expect.stringContaining('the browser saves files itself') } });
  });

  it('fails clearly when the port is taken, without moving to another', async () => {
    const attempt = startWebServer({ host: {} as never, rendererDir, token: TOKEN, port: server.port });
    await expect(attempt).rejects.toThrow(`Port ${server.port} on 127.0.0.1 is already in use`);
  });
});
