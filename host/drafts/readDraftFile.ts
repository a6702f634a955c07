import type { Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { DraftFile } from '../../shared/draft/model';
import { errorCode } from './errorCode';
import { parseDraftText } from './validateDraftFile';

export type ReadDraftResult =
  | { ok: true; draft: DraftFile; fingerprint: string }
  | { ok: false; reason: 'missing' | 'unreadable' | 'invalid'; problem: string }
  /** Written by a newer app: never set aside, overwritten or converted here. */
  | { ok: false; reason: 'newer'; problem: string; newerVersion: number };

/** Identifies one version of a file on disk: every save renames a new file over it, which changes these. */
export function fingerprint(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

/** Reads and checks a draft file; `id` is the draft id its name or folder gives it. */
export async function readDraftFile(path: string, id: string): Promise<ReadDraftResult> {
  let text: string;
  let stats: Stats;
  try {
    const handle = await open(path, 'r');
    try {
      stats = await handle.stat();
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: false, reason: 'missing', problem: 'there is no such file' };
    return { ok: false, reason: 'unreadable', problem: `it cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const check = parseDraftText(text);
  if (!check.ok) {
    if (check.newerVersion !== undefined) return { ok: false, reason: 'newer', problem: check.problem, newerVersion: check.newerVersion };
    return { ok: false, reason: 'invalid', problem: check.problem };
  }
  // The file name is the draft's identity: a copy made by hand in a file manager still carries its original's id.
  return { ok: true, draft: { ...check.draft, id }, fingerprint: fingerprint(stats) };
}
