import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const IMPORTABLE = /\.(docx|pdf|txt|md|markdown)$/i;

/**
 * The files a batch names: each file as given, each folder's importable files (.docx, .pdf, .txt,
 * .md) with its sub-folders', in name order. A path that does not exist is listed as missing.
 */
export async function listImportFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(path);
    else if (info.isDirectory()) files.push(...(await filesIn(path)));
    else files.push(path);
  }
  return { files: [...new Set(files)], missing };
}

async function filesIn(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await filesIn(path)));
    else if (entry.isFile() && IMPORTABLE.test(entry.name)) found.push(path);
  }
  return found;
}
