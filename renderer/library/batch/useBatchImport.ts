import { useCallback, useRef, useState } from 'react';
import type { DeskHost, PickedImportFile } from '../../../shared/host/DeskHost';
import { skip, type BatchEntry } from '../../../shared/import/batch/model';
import { unreadFileError } from '../unreadFileError';

export type BatchState =
  | { kind: 'idle' }
  | { kind: 'running'; current: number; total: number; name: string; stopping: boolean }
  /** `failure`: why the batch stopped before its end (a full disk…); what was stored stays. */
  | { kind: 'done'; entries: BatchEntry[]; notReached: number; failure: unknown };

/**
 * Sends the chosen files to the host one call at a time (the host detects and stores each), so the
 * bar moves file by file, Stop takes effect before the next one and the window stays free between
 * calls. The corpus is reloaded once, after the last file.
 */
export function useBatchImport(host: Pick<DeskHost, 'importFiles'>, onStored: () => Promise<void>) {
  const [state, setState] = useState<BatchState>({ kind: 'idle' });
  const stopped = useRef(false);

  const run = useCallback(
    async (files: readonly PickedImportFile[]) => {
      stopped.current = false;
      const entries: BatchEntry[] = [];
      let failure: unknown = null;
      for (const [position, file] of files.entries()) {
        if (stopped.current) break;
        setState({ kind: 'running', current: position + 1, total: files.length, name: file.name, stopping: false });
        if (file.base64 === null) {
          const error = unreadFileError(file);
          entries.push(skip(file.name, error.code, error.message, error.detail));
          continue;
        }
        try {
          entries.push(...(await host.importFiles({ files: [{ name: file.name, base64: file.base64 }] })).entries);
        } catch (error) {
          failure = error;
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
    setState((current) => (current.kind === 'running' ? { ...current, stopping: true } : current));
  }, []);
  return { state, run, stop };
}
