import { lstat } from 'node:fs/promises';
import { errorCode } from './errorCode';

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;
export const STAMP_PATTERN = STAMP.source.slice(1, -1);

/** An instant as a file-name part: ISO 8601 with ":" and "." replaced, since Windows forbids ":". */
export function fileStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

export function parseFileStamp(stamp: string): number | null {
  const match = STAMP.exec(stamp);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis] = match;
  const ms = Date.parse(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The first stamp from `ms` on whose paths are all free, moving on by a millisecond when taken:
 * a rename onto an existing file would silently replace it, and these files must never be replaced.
 */
export async function freeStamp(ms: number, pathsFor: (stamp: string) => string[]): Promise<string> {
  for (let at = ms; ; at++) {
    const stamp = fileStamp(at);
    const taken = await Promise.all(pathsFor(stamp).map(exists));
    if (!taken.includes(true)) return stamp;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
