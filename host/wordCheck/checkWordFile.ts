import { readWordDocument } from '../../shared/docx/readWordDocument';
import type { PrecedentChecker } from '../../shared/check/createPrecedentChecker';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { WordCheckOutcome, WordFileRefused } from '../../shared/host/DeskHost';
import { ImportError } from '../../shared/import/ImportError';
import { annotatedCopy } from '../../shared/wordCheck/annotatedCopy';
import { checkWordDocument } from '../../shared/wordCheck/checkWordDocument';
import { documentLanguage } from '../../shared/wordCheck/documentLanguage';

/** The library the Word check reads: the merged corpus (citations) and the precedent check. */
export interface WordCheckLibrary {
  index: CorpusIndex;
  checker: PrecedentChecker;
}

/**
 * The Word check of a .docx sent by the window, in the host: the same reader and check as
 * `desk check --docx`. A file the reader refuses gives its reason's code, which the window words.
 */
export async function checkWordFile(library: WordCheckLibrary, name: string, bytes: Uint8Array): Promise<WordCheckOutcome> {
  try {
    const document = await readWordDocument(bytes, name);
    return { report: checkWordDocument(library.index, library.checker, document, documentLanguage(document) ?? 'fr') };
  } catch (error) {
    if (error instanceof ImportError) return { refused: { code: error.code, detail: error.detail } };
    throw error;
  }
}

/** The document with the check of each paragraph as a Word comment, the text untouched (checked again here: the window's report is not trusted). */
export async function annotatedWordFile(library: WordCheckLibrary, name: string, bytes: Uint8Array): Promise<Uint8Array | WordFileRefused> {
  const outcome = await checkWordFile(library, name, bytes);
  if (!('report' in outcome)) return outcome;
  return annotatedCopy(library.index, bytes, outcome.report, outcome.report.lang ?? 'fr');
}
