import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectBatchFile, summarize, type BatchEntry, type BatchSummary } from '../../shared/import/batch/batchImport';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { CancelSignal } from '../../shared/import/ImportError';
import { MAX_IMPORT_BYTES } from '../../shared/import/importLimits';
import type { ImportFile } from '../../shared/import/model';
import { DuplicateDocumentError } from '../library/DuplicateDocumentError';
import { listImportFiles } from './listImportFiles';

export interface BatchLibrary {
  /** Stores a document; throws DuplicateDocumentError when the library already has it in that language. */
  add(document: NewImportedDocument): Promise<unknown>;
  /** Brings the library's index up to date once the batch has been stored. */
  refresh(): Promise<void>;
}

export interface BatchOptions {
  dryRun?: boolean;
  signal?: CancelSignal;
  onProgress?: (progress: { done: number; total: number; file: string }) => void;
}

/**
 * Imports files and folders one file after another, off the window (the command line, the host):
 * each file detected as the preview would, stored as detected, the index brought up to date once
 * at the end. A dry run stores nothing. Cancelling stops before the next file; what was stored stays.
 */
export async function importBatch(paths: readonly string[], library: BatchLibrary, options: BatchOptions = {}): Promise<BatchSummary> {
  const { files, missing } = await listImportFiles(paths);
  const entries: BatchEntry[] = missing.map((file) => ({ file, status: 'skipped', reason: 'not-found', message: `${file}: no such file or folder.` }));
  const total = files.length + missing.length;
  let stored = 0;
  for (const path of files) {
    if (options.signal?.aborted) break;
    options.onProgress?.({ done: entries.length, total, file: path });
    entries.push(await importOne(path, library, options));
    if (entries.at(-1)?.status === 'imported') stored++;
  }
  if (stored > 0) await library.refresh();
  return summarize(entries, total, options.signal?.aborted ?? false);
}

async function importOne(path: string, library: BatchLibrary, options: BatchOptions): Promise<BatchEntry> {
  const size = (await stat(path)).size;
  if (size > MAX_IMPORT_BYTES) return { file: path, status: 'skipped', reason: 'too-large', message: `${path}: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`, detail: { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 } };
  return importBytes({ name: basename(path), bytes: new Uint8Array(await readFile(path)) }, path, library, options);
}

/** One file of a batch, however it came (read from disk, or sent by the window): detected, then stored unless a dry run. */
export async function importBytes(file: ImportFile, shownAs: string, library: Pick<BatchLibrary, 'add'>, options: Pick<BatchOptions, 'dryRun' | 'signal'>): Promise<BatchEntry> {
  const result = await detectBatchFile(file, options.signal);
  if ('reason' in result) return { file: shownAs, status: 'skipped', reason: result.reason, message: result.message, ...(result.detail ? { detail: result.detail } : {}) };
  if (options.dryRun) return { file: shownAs, status: 'detected', detected: result.detected };
  try {
    await library.add(result.document);
  } catch (error) {
    if (error instanceof DuplicateDocumentError) return { file: shownAs, status: 'skipped', reason: 'already-in-library', message: error.message };
    throw error;
  }
  return { file: shownAs, status: 'imported', detected: result.detected };
}
