import type { WebContents } from 'electron';
import { isAllowedNavigation, isOwnPage } from './appProtocol';

/**
 * Keeps the window on the app's own page. A link, `window.location`, a server redirect or a
 * frame would otherwise load remote content inside a window that can reach the host's methods.
 */
export function lockNavigation(contents: WebContents): void {
  // Links and window.open: always deny; the desk opens no second window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  // Also fires for subframes, which will-navigate does not see.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  // A navigation that began on our page and is redirected elsewhere.
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
