import { writeFileAtomic } from '../fs/writeFileAtomic';
import { describeWriteError } from './describeWriteError';

export class ExportWriteError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'ExportWriteError';
  }
}

/**
 * Writes an exported document through a temporary file renamed into place, so a failure leaves
 * the previous file whole; the error carries a message meant for the user.
 */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new ExportWriteError(describeWriteError(error, path), error);
  }
}
