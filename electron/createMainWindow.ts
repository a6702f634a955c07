import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import { isOwnPage, isPermissionAllowed, mainWindowOptions, withContentSecurityPolicy } from './windowOptions';

export interface MainWindowPaths {
  preload: string;
  /** dist/renderer/index.html */
  rendererIndex: string;
}

/** The one window of the app: the built renderer from disk, locked to that page. */
export function createMainWindow(paths: MainWindowPaths): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(paths.preload));
  const indexUrl = pathToFileURL(paths.rendererIndex).href;
  const contents = window.webContents;

  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));

  // Links and window.open would load remote content inside the app: always deny.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url, indexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => window.show());
  return window;
}
