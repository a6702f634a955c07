import { constants, type Stats } from 'node:fs';
import { copyFile, mkdir, readdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { DraftBackup } from '../../shared/host/DeskHost';
import { removeStaleTempFiles, tempPathFor } from '../fs/tempFiles';
import { errorCode } from './errorCode';
import { STAMP_PATTERN, freeStamp, parseFileStamp } from './fileStamp';

const BACKUP_NAME = new RegExp(`^(${STAMP_PATTERN})\\.json$`);

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/**
 * The backups of one draft: `<stamp>.json` files named after the moment the backup was taken.
 * Each keeps the modification time of the version it copies, which is what `savedAt` reports.
 */
export class BackupFolder {
  constructor(readonly dir: string) {}

  /** Backup file names, newest first. */
  async names(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter(isBackupName).sort().reverse();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  async list(): Promise<DraftBackup[]> {
    const backups: DraftBackup[] = [];
    for (const name of await this.names()) {
      const stats = await stat(join(this.dir, name)).catch(() => null);
      if (stats) backups.push({ name, savedAt: stats.mtime.toISOString() });
    }
    return backups;
  }

  /** When the newest backup was taken, or null when there is none. */
  async newestTime(): Promise<number | null> {
    const newest = (await this.names())[0];
    return newest === undefined ? null : parseFileStamp(newest.slice(0, -'.json'.length));
  }

  /** Copies `source` in as a new backup; through a temporary file so a backup is never half written. */
  async keep(source: string, sourceStats: Stats, now: number): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stamp = await freeStamp(now, (candidate) => [join(this.dir, `${candidate}.json`)]);
    const temp = tempPathFor(this.dir, `${stamp}.json`);
    try {
      // A copy-on-write clone where the file system offers one, else a plain copy.
      await copyFile(source, temp, constants.COPYFILE_FICLONE);
      await utimes(temp, sourceStats.atime, sourceStats.mtime);
      await rename(temp, join(this.dir, `${stamp}.json`));
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  /** Deletes all but the `keep` newest backups, and temporary files a killed process left. */
  async prune(keep: number): Promise<void> {
    for (const name of (await this.names()).slice(keep)) await unlink(join(this.dir, name));
    await removeStaleTempFiles(this.dir);
  }
}
