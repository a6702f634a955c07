import { BrowserWindow } from 'electron';
import { lockNavigation } from './lockNavigation';
import { isPermissionAllowed, mainWindowOptions, withContentSecurityPolicy } from './windowOptions';

/** The one window of the app, locked to its own page; the caller loads APP_INDEX_URL into it. */
export function createMainWindow(preloadPath: string, syncOrigins: () => readonly string[]): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  const contents = window.webContents;

  // The app:// handler sets the policy itself; this covers any other response the session sees.
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, syncOrigins()) });
  });
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  lockNavigation(contents);

  window.once('ready-to-show', () => window.show());
  return window;
}
