import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from './appRequestHandler';
import { ELECTRON_CSP } from './windowOptions';

let base: string;
let handle: (request: Request) => Promise<Response>;

// A built renderer beside a secret, with links pointing out of the renderer folder and one inside it.
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
  const renderer = join(base, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Precedent Desk</title>');
  await writeFile(join(renderer, 'assets', 'index-3f2a.js'), 'console.log(1);');
  await writeFile(join(renderer, 'assets', 'index-3f2a.css'), 'body{}');
  await writeFile(join(renderer, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(renderer, 'assets', 'data.bin'), 'bytes');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'secret.js'), 'secret');
  await symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'link-out.txt'));
  await symlink(join(base, 'outside'), join(renderer, 'assets', 'dir-out'));
  await symlink(join(renderer, 'index.html'), join(renderer, 'assets', 'link-in.html'));
  handle = createAppRequestHandler(renderer);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// request handler', () => {
  it('serves the page and its assets with their MIME types, the CSP and no sniffing', async () => {
    const cases = [
      ['app://precedent-desk/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Precedent Desk</title>'],
      ['app://precedent-desk/', 'text/html; charset=utf-8', '<!doctype html><title>Precedent Desk</title>'],
      ['app://precedent-desk/assets/index-3f2a.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
      ['app://precedent-desk/assets/index-3f2a.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://precedent-desk/assets/logo.svg', 'image/svg+xml', '<svg/>'],
      ['app://precedent-desk/assets/data.bin', 'application/octet-stream', 'bytes'],
    ] as const;
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(ELECTRON_CSP);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).toBe(body);
    }
  });

  it('follows a link that stays inside the renderer folder', async () => {
    const response = await get('app://precedent-desk/assets/link-in.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('refuses links out of the renderer folder, to a file or through a folder', async () => {
    for (const url of ['app://precedent-desk/assets/link-out.txt', 'app://precedent-desk/assets/dir-out/secret.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('refuses traversal, other hosts, folders and missing files, with the CSP on the refusal too', async () => {
    for (const url of [
      'app://precedent-desk/../secret.txt',
      'app://precedent-desk/%2e%2e/secret.txt',
      'app://precedent-desk/assets/..%2f..%2fsecret.txt',
      'app://precedent-desk/assets/..%5c..%5csecret.txt',
      'app://precedent-desk//secret.txt',
      'app://attacker.example/index.html',
      'app://precedent-desk/assets',
      'app://precedent-desk/missing.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(ELECTRON_CSP);
      expect(response.headers.get('content-type'), url).toBe('text/plain; charset=utf-8');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://precedent-desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await get('app://precedent-desk/index.html', method)).status, method).toBe(405);
    }
  });
});
