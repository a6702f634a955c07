import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './resolveAppRequest';

const ROOT = '/opt/precedent-desk/dist/renderer';

describe('app:// path resolution', () => {
  it('maps the page and its assets into the renderer folder', () => {
    expect(resolveAppRequest('app://precedent-desk/index.html', ROOT)).toEqual({ ok: true, path: join(ROOT, 'index.html') });
    expect(resolveAppRequest('app://precedent-desk/', ROOT)).toEqual({ ok: true, path: join(ROOT, 'index.html') });
    expect(resolveAppRequest('app://precedent-desk/assets/index-3f2a.js', ROOT)).toEqual({
      ok: true,
      path: join(ROOT, 'assets', 'index-3f2a.js'),
    });
    expect(resolveAppRequest('app://precedent-desk/index.html?lang=en#/drafts', ROOT)).toEqual({ ok: true, path: join(ROOT, 'index.html') });
    expect(resolveAppRequest('app://precedent-desk/assets/Caract%C3%A8res.woff2', ROOT)).toEqual({
      ok: true,
      path: join(ROOT, 'assets', 'Caractères.woff2'),
    });
  });

  it('never leaves the renderer folder, however the path is written', () => {
    for (const url of [
      'app://precedent-desk/../../etc/passwd',
      'app://precedent-desk/..',
      'app://precedent-desk/%2e%2e/%2e%2e/etc/passwd',
      'app://precedent-desk/%2E%2E/%2E%2E/etc/passwd',
      'app://precedent-desk/.%2e/.%2e/etc/passwd',
      'app://precedent-desk/..%2f..%2fetc%2fpasswd',
      'app://precedent-desk/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://precedent-desk/%252e%252e/%252e%252e/etc/passwd',
      'app://precedent-desk/assets/..%5c..%5c..%5cWindows%5cwin.ini',
      'app://precedent-desk/assets\\..\\..\\secret',
      'app://precedent-desk//etc/passwd',
      'app://precedent-desk/%2fetc%2fpasswd',
      'app://precedent-desk/C:/Windows/win.ini',
      'app://precedent-desk/C%3A%5CWindows%5Cwin.ini',
      'app://precedent-desk/index.html%00.png',
      'app://precedent-desk/assets/%00',
      'app://precedent-desk/./index.html/..',
    ]) {
      const target = resolveAppRequest(url, ROOT);
      if (target.ok) expect(target.path.startsWith(`${ROOT}/`), `${url} -> ${target.path}`).toBe(true);
      else expect(target.status, url).toBe(404);
    }
  });

  it('refuses encoded separators, dot segments and drive letters outright', () => {
    for (const url of [
      'app://precedent-desk/..%2f..%2fetc%2fpasswd',
      'app://precedent-desk/assets/..%5cindex.html',
      'app://precedent-desk/assets\\index.js',
      'app://precedent-desk//index.html',
      'app://precedent-desk/C:/index.html',
      'app://precedent-desk/%252e%252e/index.html',
      'app://precedent-desk/index.html%00',
    ]) {
      expect(resolveAppRequest(url, ROOT), url).toEqual({ ok: false, status: 404 });
    }
  });

  it('serves only the app host, without port or credentials, on the app scheme', () => {
    for (const url of [
      'app://attacker.example/index.html',
      'app://precedent-desk.attacker.example/index.html',
      'app://precedent-desk:1234/index.html',
      'app://user:secret@precedent-desk/index.html',
      'app:///index.html',
      'file:///opt/precedent-desk/dist/renderer/index.html',
      'https://precedent-desk/index.html',
    ]) {
      expect(resolveAppRequest(url, ROOT), url).toEqual({ ok: false, status: 404 });
    }
  });

  it('answers malformed URLs and broken percent-encoding as bad requests', () => {
    expect(resolveAppRequest('not a url', ROOT)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest('app://precedent-desk/%E0%A4%A.js', ROOT)).toEqual({ ok: false, status: 400 });
  });
});
