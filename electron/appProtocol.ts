import type { CustomScheme } from 'electron';

/**
 * The window loads the built renderer from `app://precedent-desk/`, not from file://: a page on
 * file:// shares its origin with every file on the disk, and keeps the file protocol's extra
 * privileges (which the GrantFileProtocolExtraPrivileges fuse can then switch off).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'precedent-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the page a real origin ('self' in the CSP, relative URLs, module scripts) and
 * `secure` makes it a secure context, as https is. `supportFetchAPI` because Chromium loads module
 * scripts and modulepreload links through Fetch, and refuses schemes without it in some paths; it
 * opens nothing, since the CSP's connect-src 'none' still forbids the page any fetch() (the host
 * is reached over IPC). `codeCache` lets V8 keep compiled script between launches, as for https.
 * No CSP bypass, no service workers, no CORS: nothing else is ever served from this origin.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The renderer's own page, whatever its query or #fragment; every other URL is foreign. */
export function isOwnPage(url: string): boolean {
  try {
    const target = new URL(url);
    return (
      target.protocol === `${APP_SCHEME}:` &&
      target.hostname.toLowerCase() === APP_HOST &&
      target.port === '' &&
      target.username === '' &&
      target.password === '' &&
      target.pathname === '/index.html'
    );
  } catch {
    return false;
  }
}

/**
 * Navigations the window may make (will-navigate, will-frame-navigate, will-redirect): its main
 * frame to its own page. The app has no frames of its own, so a subframe navigating is never ours.
 */
export function isAllowedNavigation(url: string, isMainFrame: boolean): boolean {
  return isMainFrame && isOwnPage(url);
}
