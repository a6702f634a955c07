import { app, type BrowserWindow, dialog } from 'electron';
import { extname, join } from 'node:path';
import { writeFileAtomic } from '../host/fs/writeFileAtomic';
import type { SaveFileHandler } from '../host/NodeDeskHost';
import { hostErrorInfoOf } from '../shared/host/hostError';

/** Asks where to save with the system dialog, then writes the bytes there. */
export function saveFileWithDialog(getWindow: () => BrowserWindow | null): SaveFileHandler {
  return async (request) => {
    // The name is only a suggestion shown in the dialog; never a path the page chooses.
    const name = request.suggestedName.replace(/[\\/:*?"<>|]/g, '_');
    const extension = extname(name).slice(1);
    const options = {
      defaultPath: join(app.getPath('documents'), name),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    };
    const window = getWindow();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
    try {
      await writeFileAtomic(choice.filePath, Buffer.from(request.base64, 'base64'));
      return { saved: true, location: choice.filePath };
    } catch (error) {
      return { saved: false, reason: 'error', error: hostErrorInfoOf(error) };
    }
  };
}
