import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PickedImportFile } from '../shared/host/DeskHost';
import { IMPORTABLE_EXTENSIONS } from '../shared/import/importableFiles';
import { MAX_IMPORT_BYTES } from '../shared/import/importLimits';
import { listImportFiles } from '../host/batchImport/listImportFiles';
import type { PickImportFilesHandler } from '../host/NodeDeskHost';

/**
 * The system's open dialog, several files at once, or a folder (its importable files and its
 * sub-folders'); the files are read here and handed to the window as bytes. Only names and
 * contents cross to the page, never paths it could reuse.
 */
export function pickImportFilesWithDialog(getWindow: () => BrowserWindow | null): PickImportFilesHandler {
  return async ({ folder }) => {
    const options: OpenDialogOptions = {
      properties: folder ? ['openDirectory'] : ['openFile', 'multiSelections'],
      filters: [
        { name: 'Reports (.docx, .pdf, .txt, .md)', extensions: [...IMPORTABLE_EXTENSIONS] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const window = getWindow();
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    if (choice.canceled) return [];
    const paths = folder ? (await listImportFiles(choice.filePaths)).files : choice.filePaths;
    return Promise.all(paths.map(readPicked));
  };
}

async function readPicked(path: string): Promise<PickedImportFile> {
  const name = basename(path);
  try {
    const { size } = await stat(path);
    // Refused before reading: a huge file would be copied through IPC only to be rejected.
    if (size > MAX_IMPORT_BYTES) return { name, size, base64: null, problem: 'too-large' };
    const bytes = await readFile(path);
    return { name, size: bytes.length, base64: bytes.toString('base64'), problem: null };
  } catch {
    return { name, size: 0, base64: null, problem: 'unreadable' };
  }
}
