import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectBatchFile } from '../../shared/import/batch/batchImport';
import { skip, summarize, type BatchEntry, type BatchSummary } from '../../shared/import/batch/model';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { CancelSignal } from '../../shared/import/ImportError';
import { MAX_IMPORT_BYTES } from '../../shared/import/importLimits';
import type { ImportFile } from '../../shared/import/model';
import { HostError } from '../../shared/host/hostError';
import { listImportFiles } from './listImportFiles';

export interface BatchLibrary {
  /** Stores a document; a HostError `library.languageHeld` when the library has it in that language already. */
  add(document: NewImportedDocument): Promise<unknown>;
  /** Brings the library's index up to date once the batch has been stored. */
  refresh(): Promise<void>;
}

export interface BatchOptions {
  /** Only detect: nothing is stored. */
  dryRun?: boolean;
  signal?: CancelSignal;
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
}

const LIMIT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/**
 * Imports the files and folders named, one file after another, each as detected. Stopping takes
 * effect before the next file (or inside the one being read, which is then not stored): every
 * file is written whole or not at all, so what was stored stays and the library stays readable.
 */
export async function importPaths(paths: readonly string[], library: BatchLibrary, options: BatchOptions = {}): Promise<BatchSummary> {
  const { files, missing } = await listImportFiles(paths);
  const entries: BatchEntry[] = missing.map((file) => skip(file, 'not-found', `${file}: no such file or folder.`));
  const total = files.length + missing.length;
  try {
    for (const path of files) {
      if (options.signal?.aborted) break;
      options.onProgress?.({ done: entries.length, total, file: path });
      const entry = await importPath(path, library, options);
      if (entry.status === 'skipped' && entry.reason === 'cancelled') break;
      entries.push(entry);
    }
  } finally {
    // Once per batch, and also when a failure stopped it: what was stored is indexed.
    if (!options.dryRun && entries.some((entry) => entry.status === 'imported')) await library.refresh();
  }
  return summarize(entries, total, options.signal?.aborted ?? false);
}

async function importPath(path: string, library: Pick<BatchLibrary, 'add'>, options: BatchOptions): Promise<BatchEntry> {
  let bytes: Uint8Array;
  try {
    // Refused before reading: a huge file is not a report.
    if ((await stat(path)).size > MAX_IMPORT_BYTES) return skip(path, 'too-large', `${path}: larger than ${LIMIT_MB} MB.`, { limitMb: LIMIT_MB });
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return skip(path, 'unreadable', `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return importBytes({ name: basename(path), bytes }, path, library, options);
}

/** One file of a batch, however it came (read from disk, or sent by the window): detected, then stored unless a dry run. */
export async function importBytes(file: ImportFile, shownAs: string, library: Pick<BatchLibrary, 'add'>, options: Pick<BatchOptions, 'dryRun' | 'signal'> = {}): Promise<BatchEntry> {
  const result = await detectBatchFile(file, shownAs, options.signal);
  if ('reason' in result) return result;
  if (options.dryRun) return { file: shownAs, status: 'detected', detected: result.detected };
  try {
    await library.add(result.document);
  } catch (error) {
    if (error instanceof HostError && error.code === 'library.languageHeld') return skip(shownAs, 'already-in-library', error.message, error.params);
    if (error instanceof HostError && error.code === 'library.invalidDocument') return skip(shownAs, 'detection-failed', error.message);
    // Anything else (a full disk) stops the batch: what was stored so far stays.
    throw error;
  }
  return { file: shownAs, status: 'imported', detected: result.detected };
}
