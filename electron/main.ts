import { app, BrowserWindow, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../host/createNodeDeskHost';
import { defaultDataDir } from '../host/dataDir';
import { APP_INDEX_URL, isOwnPage } from './appProtocol';
import { confirmUnsavedClose } from './confirmUnsavedClose';
import { createMainWindow } from './createMainWindow';
import { pickImportFilesWithDialog } from './pickImportFilesWithDialog';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './registerAppProtocol';
import { saveFileWithDialog } from './saveFileWithDialog';
import { serveDeskHost } from './serveDeskHost';
import { configureSpellcheck } from './spellcheck';

// `electron .` from the project folder: the app path is the folder holding package.json.
const appRoot = app.getAppPath();
const preloadPath = join(appRoot, 'dist', 'electron', 'preload.cjs');
const rendererDir = join(appRoot, 'dist', 'renderer');
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start).catch(fail);
}

/** The sync servers of shared drafts, known once the host is up; none before. */
let syncOrigins: () => readonly string[] = () => [];

async function start(): Promise<void> {
  serveAppProtocol(rendererDir, () => syncOrigins());
  configureSpellcheck(session.defaultSession);
  const dataDir = defaultDataDir();
  await mkdir(dataDir, { recursive: true });
  const host = await createNodeDeskHost({
    dataDir,
    sqliteBinding: sqliteBindingForElectron(),
    loadCorpus: () => loadBundledCorpus(join(appRoot, 'data', 'sources')),
    saveFile: saveFileWithDialog(() => mainWindow),
    pickImportFiles: pickImportFilesWithDialog(() => mainWindow),
  });
  syncOrigins = () => host.syncOrigins();
  serveDeskHost(host, (event) => {
    const frame = event.senderFrame;
    return (
      mainWindow !== null &&
      event.sender === mainWindow.webContents &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      isOwnPage(frame.url)
    );
  });
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

/**
 * From a checkout (`npm start`), the better-sqlite3 built for Electron's ABI beside the one npm built
 * for Node (scripts/electronNative.mjs); installed, electron-builder rebuilt node_modules' own.
 */
function sqliteBindingForElectron(): string | undefined {
  if (app.isPackaged) return undefined;
  const built = join(appRoot, 'dist', 'native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(built) ? built : undefined;
}

function openWindow(): void {
  const window = createMainWindow(preloadPath, () => syncOrigins());
  confirmUnsavedClose(window);
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_INDEX_URL).catch(fail);
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Precedent Desk could not start', `${message}\n\nTry "npm run web" to use the desk in a browser.`);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
