import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from './errorCode';

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

/**
 * Writes `data` to `dir/name` so that the file always holds either the old or the new content:
 * a temporary file in the same folder (a rename is atomic only within one file system) is written
 * and flushed to disk, renamed over the target, then the folder is flushed so the rename survives a
 * power cut. Returns the new file's stats.
 */
export async function writeFileAtomic(dir: string, name: string, data: string): Promise<Stats> {
  const tempPath = tempPathFor(dir, name);
  let stats: Stats;
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
      stats = await handle.stat();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tempPath, join(dir, name));
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
  return stats;
}

export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FUSE) do not flush folders; the rename is still atomic.
    if (errorCode(error) !== 'EINVAL' && errorCode(error) !== 'ENOTSUP') throw error;
  } finally {
    await handle.close();
  }
}

/** On Windows a virus scanner or indexer briefly holding the target makes rename fail; it passes a moment later. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errorCode(error) ?? '');
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** Removes temporary files that a killed process left in `dir`; recent ones may be writes in progress. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names.filter(isTempName)) {
    const path = join(dir, name);
    const stats = await lstat(path).catch(() => null);
    if (stats?.isFile() && Date.now() - stats.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
  }
}
