import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DraftFile } from '../../shared/draft/model';
import { errorCode } from '../drafts/errorCode';
import { parseDraftText } from '../drafts/validateDraftFile';
import { CliError } from './CliError';

/** A draft of several hundred paragraphs and a few rounds is a few MB; past this a file is not a draft. */
export const MAX_DRAFT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The draft file a command was given, of any format version: opened through the checks and
 * converters the app's own draft store uses (host/drafts/FORMAT.md). Anything that is not a draft
 * this version can read is the user's to fix: a one-line message and exit 2.
 */
export async function readDraftArgument(file: string): Promise<DraftFile> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const check = parseDraftText(await readDraftText(path));
  if (!check.ok) throw new CliError(`${path} cannot be opened as a draft: ${check.problem}.`);
  return check.draft;
}

async function readDraftText(path: string): Promise<string> {
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) throw new CliError(`${path} is a folder, not a draft file.`);
    if (!stats.isFile()) throw new CliError(`${path} is not a file.`);
    if (stats.size > MAX_DRAFT_FILE_BYTES) throw new CliError(`${path} is larger than ${MAX_DRAFT_FILE_BYTES / 1024 / 1024} MB: it is not a draft file.`);
    // A file saved by a Windows editor may start with a byte order mark, which JSON does not allow.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (errorCode(error) === 'ENOENT') throw new CliError(`There is no file ${path}.`);
    throw new CliError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
