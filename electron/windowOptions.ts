import type { BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../host/contentSecurityPolicy';

/** Kept free of Electron's runtime so the security settings are unit-tested without its binary. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Precedent Desk',
    // Shown on ready-to-show, so the window never flashes empty.
    show: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped outside the editor would otherwise replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

export const ELECTRON_CSP = contentSecurityPolicy('electron');

/** The window's policy: no connection at all, but to the sync servers of the drafts the user shared or joined. */
export function electronCsp(syncOrigins: readonly string[]): string {
  return contentSecurityPolicy('electron', syncOrigins);
}

/** Response headers with our policy in place of any the response carried. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, syncOrigins: readonly string[] = []): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [electronCsp(syncOrigins)] };
}

/** The copy-citation button writes to the clipboard; nothing else (camera, location, ...) is granted. */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}
