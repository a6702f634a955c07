import { resolve } from 'node:path';
import { ExportWriteError, writeExportFile } from '../export/writeExportFile';
import { CliError } from './CliError';
import { EXIT_FAILURE } from './exitCodes';

/** `npm run desk` runs in the project folder; INIT_CWD is where the user typed the command. */
export function docxOutputPath(command: string, out: string | undefined): string {
  if (out === undefined || out.trim() === '') throw new CliError(`Missing --out FILE.docx. See "desk ${command} --help".`);
  if (!/\.docx$/i.test(out)) throw new CliError(`--out must name a .docx file, not "${out}".`);
  return resolve(process.env.INIT_CWD ?? process.cwd(), out);
}

/** Through a temporary file renamed into place: a failure exits 1 and leaves any previous file as it was. */
export async function writeDocxOutput(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeExportFile(path, bytes);
  } catch (error) {
    if (error instanceof ExportWriteError) throw new CliError(error.message, EXIT_FAILURE);
    throw error;
  }
}
