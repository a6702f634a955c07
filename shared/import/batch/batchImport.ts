import type { Lang } from '../../corpus/model';
import { isCompendium } from '../compendium/model';
import { confirmImport, type NewImportedDocument } from '../confirmImport';
import { ImportError, type CancelSignal, type ImportErrorCode } from '../ImportError';
import { importAnyFile } from '../importFile';
import type { ImportFile, ImportMetadata } from '../model';

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

/**
 * A file of a batch read as the preview reads it, and taken as detected: no one corrects it. A file
 * that is not a report is skipped with the import's own reason, and so is an edition of the
 * compendium, whose alignment with the bundled one the delegate checks in its preview.
 */
export async function detectBatchFile(file: ImportFile, shownAs: string, signal?: CancelSignal): Promise<{ document: NewImportedDocument; detected: DetectedDocument } | BatchSkip> {
  try {
    const draft = await importAnyFile(file, { signal });
    if (isCompendium(draft)) return skip(shownAs, 'compendium', `${shownAs}: an edition of the compendium; import it alone from the Library dialog, with its preview.`);
    const document = confirmImport(draft, draft.metadata, draft.paragraphs);
    return { document, detected: describeDetected(document) };
  } catch (error) {
    if (error instanceof ImportError) return skip(shownAs, error.code, error.message, error.detail);
    return skip(shownAs, 'unreadable', `${shownAs}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function skip(file: string, reason: BatchSkipReason, message: string, detail?: Record<string, string | number>): BatchSkip {
  return { file, status: 'skipped', reason, message, ...(detail && Object.keys(detail).length > 0 ? { detail } : {}) };
}

function describeDetected({ metadata, paragraphs }: NewImportedDocument): DetectedDocument {
  const { symbol, lang, body, kind, year, title } = metadata;
  return { symbol, lang, body, kind, year, title, paragraphs: paragraphs.length, adopted: paragraphs.filter((paragraph) => paragraph.adopted).length };
}

/** `total` counts the files the batch named, so those it did not reach are told apart. */
export function summarize(entries: BatchEntry[], total: number, cancelled: boolean): BatchSummary {
  const imported = entries.filter((entry) => entry.status !== 'skipped').length;
  return { entries, imported, skipped: entries.length - imported, notReached: total - entries.length, cancelled };
}
