import type { Stats } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { tempPathFor } from './tempFiles';

/**
 * Writes `data` to `path` so that the file always holds either the old or the new content: a
 * temporary file in the same folder (a rename is atomic only within one file system) is written
 * and flushed to disk, renamed over the target, then the folder is flushed so the rename survives
 * a power cut. Returns the new file's stats. `mode` sets the permissions the file is created with
 * (e.g. 0o600 for a secret), so it is never readable by others, not even for a moment.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<Stats> {
  const tempPath = tempPathFor(dirname(path), basename(path));
  let stats: Stats;
  try {
    const handle = await open(tempPath, 'wx', options.mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
      stats = await handle.stat();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
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
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP') throw error;
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
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes((error as NodeJS.ErrnoException).code ?? '');
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}
