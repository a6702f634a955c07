import type { NewImportedCompendium } from './compendium/model';
import { detectCompendium } from './detect/detectCompendium';
import { detectImport, type ImportDraft } from './detect/detectImport';
import { type ExtractedText, type ExtractOptions, extractText } from './extract/extractText';
import { throwIfCancelled } from './ImportError';
import type { ImportFile } from './model';

/** Extraction is nearly all of the time; reading the structure is the last stretch of the bar. */
const EXTRACTION_SHARE = 0.9;

/** What a chosen file is read as: a report, decision or resolution, or an edition of the compendium. */
export type FileDraft = ImportDraft | NewImportedCompendium;

/** From a chosen file to a document or a compendium edition to preview, with progress and cancellation; nothing is saved here. */
export async function importAnyFile(file: ImportFile, options: ExtractOptions = {}): Promise<FileDraft> {
  const extracted = await extract(file, options);
  const draft = detectCompendium(extracted, { name: file.name, bytes: file.bytes.length }) ?? detectImport(extracted, { name: file.name, bytes: file.bytes.length });
  options.onProgress?.(1);
  return draft;
}

/** A file read as a report, decision or resolution (what the benches and the report tests import). */
export async function importFile(file: ImportFile, options: ExtractOptions = {}): Promise<ImportDraft> {
  const draft = detectImport(await extract(file, options), { name: file.name, bytes: file.bytes.length });
  options.onProgress?.(1);
  return draft;
}

async function extract(file: ImportFile, options: ExtractOptions): Promise<ExtractedText> {
  const extracted = await extractText(file, { ...options, onProgress: (fraction) => options.onProgress?.(fraction * EXTRACTION_SHARE) });
  throwIfCancelled(options.signal);
  return extracted;
}
