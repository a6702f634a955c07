import { randomBytes } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A temporary file older than this was left by a process that died mid-write. */
const STALE_TEMP_MS = 60_000;

/** Dot-prefixed and ending in `.tmp`: never mistaken for a draft, a backup or a set-aside file. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** A fresh temporary path beside `dir/name`, unique per process and call. */
export function tempPathFor(dir: string, name: string): string {
  return join(dir, `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Removes temporary files that a killed process left in `dir`; recent ones may be writes in progress. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names.filter(isTempName)) {
    const path = join(dir, name);
    const stats = await lstat(path).catch(() => null);
    if (stats?.isFile() && Date.now() - stats.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
  }
}
