import type { WordDraftOutcome } from '../../shared/host/DeskHost';
import { ImportError } from '../../shared/import/ImportError';
import { readWordDraft } from '../../shared/roundtrip/readWordDraft';
import type { WordCheckLibrary } from './checkWordFile';

/**
 * A .docx read as a new draft, in the host: its agreed language is recognised by the library's
 * check, which only the host holds whole. A file the reader refuses gives its reason's code.
 */
export async function readWordDraftFile(library: WordCheckLibrary, name: string, bytes: Uint8Array): Promise<WordDraftOutcome> {
  try {
    return { draft: await readWordDraft(bytes, { ...library, fileName: name }) };
  } catch (error) {
    if (error instanceof ImportError) return { refused: { code: error.code, detail: error.detail } };
    throw error;
  }
}
