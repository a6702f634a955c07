import { isCompendium } from '../compendium/model';
import { confirmImport, type NewImportedDocument } from '../confirmImport';
import { ImportError, type CancelSignal } from '../ImportError';
import { importAnyFile } from '../importFile';
import type { ImportFile } from '../model';
import { type BatchSkip, type DetectedDocument, skip } from './model';

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

function describeDetected({ metadata, paragraphs }: NewImportedDocument): DetectedDocument {
  const { symbol, lang, body, kind, year, title } = metadata;
  return { symbol, lang, body, kind, year, title, paragraphs: paragraphs.length, adopted: paragraphs.filter((paragraph) => paragraph.adopted).length };
}
