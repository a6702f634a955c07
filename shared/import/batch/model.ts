import type { Lang } from '../../corpus/model';
import type { ImportErrorCode } from '../ImportError';
import type { ImportMetadata } from '../model';

/**
 * Why a file of a batch was not imported: the import's own reason, or the library holds the
 * document in that language already, or the path does not exist, or the file is an edition of the
 * compendium (imported alone, with its preview), or the library refused what detection found.
 */
export type BatchSkipReason = ImportErrorCode | 'already-in-library' | 'not-found' | 'compendium' | 'detection-failed';

/** What detection found in a file: what a dry run prints and a summary lists. */
export interface DetectedDocument {
  symbol: string | null;
  lang: Lang;
  body: ImportMetadata['body'];
  kind: ImportMetadata['kind'];
  year: number | null;
  title: string;
  paragraphs: number;
  adopted: number;
}

export type BatchEntry =
  | { file: string; status: 'imported' | 'detected'; detected: DetectedDocument }
  /** `message` is English (logs, the command line); `detail` is what a translated message needs. */
  | { file: string; status: 'skipped'; reason: BatchSkipReason; message: string; detail?: Record<string, string | number> };

export type BatchSkip = Extract<BatchEntry, { status: 'skipped' }>;

export interface BatchSummary {
  entries: BatchEntry[];
  imported: number;
  skipped: number;
  /** Files not reached because the batch was stopped. */
  notReached: number;
  cancelled: boolean;
}

export function skip(file: string, reason: BatchSkipReason, message: string, detail?: Record<string, string | number>): BatchSkip {
  return { file, status: 'skipped', reason, message, ...(detail && Object.keys(detail).length > 0 ? { detail } : {}) };
}

/** `total` counts the files the batch named, so those it did not reach are told apart. */
export function summarize(entries: BatchEntry[], total: number, cancelled: boolean): BatchSummary {
  const imported = entries.filter((entry) => entry.status !== 'skipped').length;
  return { entries, imported, skipped: entries.length - imported, notReached: total - entries.length, cancelled };
}
