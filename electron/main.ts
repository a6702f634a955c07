import { app, BrowserWindow, dialog } from 'electron';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../host/createNodeDeskHost';
import { defaultDataDir } from '../host/dataDir';
import { confirmUnsavedClose } from './confirmUnsavedClose';
import { createMainWindow } from './createMainWindow';
import { pickImportFilesWithDialog } from './pickImportFilesWithDialog';
import { saveFileWithDialog } from './saveFileWithDialog';
import { serveDeskHost } from './serveDeskHost';
import { isOwnPage } from './windowOptions';

// `electron .` from the project folder: the app path is the folder holding package.json.
const appRoot = app.getAppPath();
const paths = {
  preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
  rendererIndex: join(appRoot, 'dist', 'renderer', 'index.html'),
};
const rendererUrl = pathToFileURL(paths.rendererIndex).href;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const dataDir = defaultDataDir();
  await mkdir(dataDir, { recursive: true });
  const host = await createNodeDeskHost({
    dataDir,
    loadCorpus: () => loadBundledCorpus(join(appRoot, 'data', 'sources')),
    saveFile: saveFileWithDialog(() => mainWindow),
    pickImportFiles: pickImportFilesWithDialog(() => mainWindow),
  });
  serveDeskHost(host, (event) => {
    const frame = event.senderFrame;
    return (
      mainWindow !== null &&
      event.sender === mainWindow.webContents &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      isOwnPage(frame.url, rendererUrl)
    );
  });
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function openWindow(): void {
  const window = createMainWindow(paths);
  confirmUnsavedClose(window);
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadFile(paths.rendererIndex).catch(fail);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Precedent Desk could not start', `${message}\n\nTry "npm run web" to use the desk in a browser.`);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
