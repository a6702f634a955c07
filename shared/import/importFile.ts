import { detectImport, type ImportDraft } from './detect/detectImport';
import { type ExtractOptions, extractText } from './extract/extractText';
import { throwIfCancelled } from './ImportError';
import type { ImportFile } from './model';

/** Extraction is nearly all of the time; reading the structure is the last stretch of the bar. */
const EXTRACTION_SHARE = 0.9;

/** From a chosen file to a document to preview, with progress and cancellation; nothing is saved here. */
export async function importFile(file: ImportFile, options: ExtractOptions = {}): Promise<ImportDraft> {
  const extracted = await extractText(file, { ...options, onProgress: (fraction) => options.onProgress?.(fraction * EXTRACTION_SHARE) });
  throwIfCancelled(options.signal);
  const draft = detectImport(extracted, { name: file.name, bytes: file.bytes.length });
  options.onProgress?.(1);
  return draft;
}
