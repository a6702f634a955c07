import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeFor } from '../contentTypes';

/**
 * Vite names each file here after a hash of its content: a browser may keep it for good, so a
 * page opened again compiles nothing (Chromium caches compiled code with the file). index.html
 * names them, and is revalidated at each load to pick up a new build.
 */
const FINGERPRINTED = '/assets/';

/** Serves the built renderer; nothing outside `rendererDir` is reachable. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return sendText(res, 400, 'Malformed URL.');
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const root = resolve(rendererDir);
  const file = resolve(join(root, pathname));
  if (!file.startsWith(root + sep) || pathname.includes('\0')) return sendText(res, 404, 'Not found.');

  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (pathname === '/index.html') {
      return sendText(res, 503, `The renderer is not built (${file} is missing). Run: npm run build:renderer`);
    }
    return sendText(res, 404, 'Not found.');
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': pathname.startsWith(FINGERPRINTED) ? 'max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}
