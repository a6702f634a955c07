import type { Lang } from '../../corpus/model';
import { confirmImport, type NewImportedDocument } from '../confirmImport';
import { ImportError, type CancelSignal, type ImportErrorCode } from '../ImportError';
import { isCompendium } from '../compendium/model';
import { importAnyFile } from '../importFile';
import type { ImportFile, ImportMetadata } from '../model';

/** Why a file of a batch was not imported: a reason of the import itself, or of the library. */
export type BatchSkipReason = ImportErrorCode | 'already-in-library' | 'not-found' | 'compendium';

/** What detection found in a file: what a dry run prints and a summary lists. */
export interface DetectedDocument {
  symbol: string | null;
  lang: Lang;
  body: ImportMetadata['body'];
  kind: ImportMetadata['kind'];
  meeting: number | null;
  number: string | null;
  year: number | null;
  title: string;
  paragraphs: number;
  adopted: number;
}

export type BatchEntry =
  | { file: string; status: 'imported' | 'detected'; detected: DetectedDocument }
  /** `message` is English (logs, the command line); `detail` is what a translated message needs. */
  | { file: string; status: 'skipped'; reason: BatchSkipReason; message: string; detail?: Record<string, string | number> };

export interface BatchSummary {
  entries: BatchEntry[];
  imported: number;
  skipped: number;
  /** Files not reached because the batch was cancelled. */
  notReached: number;
  cancelled: boolean;
}

/**
 * A file of a batch read as it would be in the preview, taken as detected (no one corrects it:
 * what detection cannot read is left as it found it). A file that is not a report is skipped with
 * the import's own reason, and so is an edition of the compendium.
 */
export async function detectBatchFile(file: ImportFile, signal?: CancelSignal): Promise<{ document: NewImportedDocument; detected: DetectedDocument } | { reason: BatchSkipReason; message: string; detail?: Record<string, string | number> }> {
  try {
    const draft = await importAnyFile(file, { signal });
    // An edition of the compendium lines up with the bundled one: the delegate checks that in its preview.
    if (isCompendium(draft)) return { reason: 'compendium', message: `${file.name}: an edition of the compendium; import it alone from the Library dialog, with its preview.` };
    const document = confirmImport(draft, draft.metadata, draft.paragraphs);
    return { document, detected: describeDetected(document) };
  } catch (error) {
    if (error instanceof ImportError) return { reason: error.code, message: error.message, detail: error.detail };
    return { reason: 'unreadable', message: `${file.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function describeDetected({ metadata, paragraphs }: NewImportedDocument): DetectedDocument {
  const { symbol, lang, body, kind, meeting, number, year, title } = metadata;
  return { symbol, lang, body, kind, meeting, number, year, title, paragraphs: paragraphs.length, adopted: paragraphs.filter((paragraph) => paragraph.adopted).length };
}

export function summarize(entries: BatchEntry[], total: number, cancelled: boolean): BatchSummary {
  const imported = entries.filter((entry) => entry.status !== 'skipped').length;
  return { entries, imported, skipped: entries.length - imported, notReached: total - entries.length, cancelled };
}
