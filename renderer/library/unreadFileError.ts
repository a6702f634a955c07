import type { PickedImportFile } from '../../shared/host/DeskHost';
import { ImportError } from '../../shared/import/ImportError';
import { MAX_IMPORT_BYTES } from '../../shared/import/importLimits';

/** Why a chosen file came without its content: too large to send, or it could not be opened. */
export function unreadFileError(file: PickedImportFile): ImportError {
  return file.problem === 'too-large'
    ? new ImportError('too-large', `${file.name} is too large.`, { name: file.name, limitMb: MAX_IMPORT_BYTES / 1024 / 1024 })
    : new ImportError('unreadable', `${file.name} could not be opened.`, { name: file.name });
}
