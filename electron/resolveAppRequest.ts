import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './appProtocol';

export type AppRequestTarget = { ok: true; path: string } | { ok: false; status: 400 | 404 };

const NOT_FOUND = { ok: false, status: 404 } as const;

/**
 * The file inside `rendererDir` that an app:// URL names, by its text alone (the handler then
 * checks what the disk holds: symbolic links, missing files). Chromium already normalises the
 * URLs it sends; this does not rely on it. Refused: other schemes and hosts, ports and
 * credentials, `.` and `..` segments however encoded, encoded slashes and backslashes,
 * backslashes, NUL, drive letters, empty segments (`//etc/passwd`) and names still holding `%`
 * once decoded (encoded twice: a later layer decoding again must find nothing to exploit).
 */
export function resolveAppRequest(url: string, rendererDir: string): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST) return NOT_FOUND;
  if (parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return NOT_FOUND;

  const rawPath = parsed.pathname.endsWith('/') ? `${parsed.pathname}index.html` : parsed.pathname;
  if (/%(2f|5c|00)|\\/i.test(rawPath)) return NOT_FOUND;
  let segments: string[];
  try {
    segments = rawPath.slice(1).split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return { ok: false, status: 400 };
  }
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[:%\0]/.test(segment))) {
    return NOT_FOUND;
  }
  const root = resolve(rendererDir);
  const path = resolve(root, ...segments);
  return path.startsWith(root + sep) ? { ok: true, path } : NOT_FOUND;
}
