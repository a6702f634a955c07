import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/writeFileAtomic';

/** The web mode's address for one data folder: kept, so a restart serves the page already open. */
export interface WebAccess {
  port: number;
  token: string;
}

export const WEB_ACCESS_FILE = 'web-access.json';
/** The token opens the drafts to anyone who has it: only the owner of the data folder may read it. */
const OWNER_ONLY = 0o600;

export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The port and token kept in the data folder, or null when there are none (first start, or a file
 * that is not ours: a fresh pair is then made and written over it). A file others could read is
 * made owner-only before its token is used.
 */
export async function readWebAccess(dataDir: string): Promise<WebAccess | null> {
  const path = join(dataDir, WEB_ACCESS_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  // Windows has no such permission bits; the file sits in the user's own profile folder there.
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) await chmod(path, OWNER_ONLY);
  try {
    const value = JSON.parse(text) as Partial<WebAccess>;
    const portOk = Number.isInteger(value.port) && (value.port as number) > 0 && (value.port as number) < 65536;
    return portOk && typeof value.token === 'string' && /^[\w-]{16,}$/.test(value.token) ? { port: value.port as number, token: value.token } : null;
  } catch {
    return null;
  }
}

export async function keepWebAccess(dataDir: string, access: WebAccess): Promise<void> {
  // Created owner-only and renamed over the old file, so the token is never readable by others.
  await writeFileAtomic(join(dataDir, WEB_ACCESS_FILE), `${JSON.stringify(access, null, 2)}\n`, { mode: OWNER_ONLY });
}
