import type { PickedImportFile } from '../../shared/host/DeskHost';
import { decodeBase64 } from '../../shared/import/decodeBase64';
import { ImportError } from '../../shared/import/ImportError';
import type { FileDraft } from '../../shared/import/importFile';
import { MAX_IMPORT_BYTES } from '../../shared/import/importLimits';

export interface ReadProgress {
  name: string;
  /** 1-based position of the file being read. */
  current: number;
  total: number;
  /** Of the whole batch, 0 to 1. */
  fraction: number;
}

export interface ReadResult {
  drafts: FileDraft[];
  failures: { name: string; error: unknown }[];
}

/**
 * Reads the chosen files one after the other into documents (or compendium editions) to preview. A file that cannot be
 * imported is set aside with its reason and the others go on; cancelling stops everything (the
 * ImportError 'cancelled' propagates) and nothing read so far is kept.
 */
export async function readPickedFiles(files: readonly PickedImportFile[], signal: AbortSignal, onProgress: (progress: ReadProgress) => void): Promise<ReadResult> {
  const result: ReadResult = { drafts: [], failures: [] };
  // Word and PDF readers are large: loaded on the first import, not with the window.
  const { importAnyFile } = await import('../../shared/import/importFile');
  for (const [index, file] of files.entries()) {
    const report = (fraction: number) => onProgress({ name: file.name, current: index + 1, total: files.length, fraction: (index + fraction) / files.length });
    report(0);
    if (file.base64 === null) {
      const error =
        file.problem === 'too-large'
          ? new ImportError('too-large', `${file.name} is too large.`, { name: file.name, limitMb: MAX_IMPORT_BYTES / 1024 / 1024 })
          : new ImportError('unreadable', `${file.name} could not be opened.`, { name: file.name });
      result.failures.push({ name: file.name, error });
      continue;
    }
    try {
      result.drafts.push(await importAnyFile({ name: file.name, bytes: decodeBase64(file.base64) }, { signal, onProgress: report }));
    } catch (error) {
      if (error instanceof ImportError && error.code === 'cancelled') throw error;
      result.failures.push({ name: file.name, error });
    }
    // Lets the window paint the bar and hear a click on Cancel between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return result;
}
