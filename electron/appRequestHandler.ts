import { realpath as realpathCallback } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { promisify } from 'node:util';
import { contentTypeFor } from '../host/contentTypes';
import { resolveAppRequest } from './resolveAppRequest';
import { electronCsp } from './windowOptions';

// The callback form: Electron's asar support wraps it, so links are resolved inside app.asar too.
const realpath = promisify(realpathCallback);

/** What `protocol.handle('app', ...)` runs: the built renderer's files, and nothing else. */
export function createAppRequestHandler(rendererDir: string, syncOrigins: () => readonly string[] = () => []): (request: Request) => Promise<Response> {
  return async (request) => {
    const securityHeaders = { 'Content-Security-Policy': electronCsp(syncOrigins()), 'X-Content-Type-Options': 'nosniff' };
    const refuse = (status: number, text: string) =>
      new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Only GET and HEAD are served.');
    const target = resolveAppRequest(request.url, rendererDir);
    if (!target.ok) return refuse(target.status, target.status === 400 ? 'Malformed URL.' : 'Not found.');
    const file = await realFileInside(target.path, rendererDir);
    const body = file === null ? null : await readFile(file).catch(() => null);
    if (file === null || body === null) return refuse(404, 'Not found.');
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Type': contentTypeFor(file),
        // Vite fingerprints assets, but index.html must be revalidated to pick up a new build.
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** The path with every link resolved, if it still lies inside the renderer folder (a link may point out). */
async function realFileInside(path: string, rendererDir: string): Promise<string | null> {
  try {
    const [realFile, realRoot] = await Promise.all([realpath(path), realpath(rendererDir)]);
    return realFile.startsWith(realRoot + sep) ? realFile : null;
  } catch {
    return null;
  }
}
