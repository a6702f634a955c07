import { useCallback, useRef, useState } from 'react';
import type { DeskHost, PickedImportFile } from '../../../shared/host/DeskHost';
import type { BatchEntry } from '../../../shared/import/batch/batchImport';
import { MAX_IMPORT_BYTES } from '../../../shared/import/importLimits';

export type BatchState =
  | { kind: 'idle' }
  | { kind: 'running'; current: number; total: number; name: string; entries: BatchEntry[] }
  | { kind: 'done'; entries: BatchEntry[]; notReached: number; failure: string | null };

/**
 * Sends the chosen files to the host one at a time (the host detects and stores each), so the bar
 * moves file by file and Stop takes effect before the next one; the window does no import work.
 */
export function useBatchImport(host: Pick<DeskHost, 'importFiles'>, onStored: () => Promise<void>) {
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const stopped = useRef(false);

  const run = useCallback(
    async (files: readonly PickedImportFile[]) => {
      stopped.current = false;
      const entries: BatchEntry[] = [];
      let failure: string | null = null;
      for (const [position, file] of files.entries()) {
        if (stopped.current) break;
        setState({ kind: 'running', current: position + 1, total: files.length, name: file.name, entries: [...entries] });
        if (file.base64 === null) {
          entries.push(unread(file));
          continue;
        }
        try {
          entries.push(...(await host.importFiles({ files: [{ name: file.name, base64: file.base64 }] })).entries);
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          break;
        }
      }
      if (entries.some((entry) => entry.status === 'imported')) await onStored().catch(() => {});
      setState({ kind: 'done', entries, notReached: files.length - entries.length, failure });
    },
    [host, onStored],
  );

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, stop, reset };
}

/** A file the window could not read, or too large to send, is skipped with that reason. */
function unread(file: PickedImportFile): BatchEntry {
  if (file.problem === 'too-large') return { file: file.name, status: 'skipped', reason: 'too-large', message: `${file.name} is too large.`, detail: { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 } };
  return { file: file.name, status: 'skipped', reason: 'unreadable', message: `${file.name} could not be opened.` };
}
