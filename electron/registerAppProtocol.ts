import { protocol } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './appProtocol';
import { createAppRequestHandler } from './appRequestHandler';

/** Must run before the app is ready: Chromium fixes the list of privileged schemes at startup. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/**
 * Serves app:// from the built renderer folder, on the default session the window uses.
 * `protocol.handle` rather than the experimental `registerSource`: our handler sets the CSP on
 * every response and is the one place that decides what may be read.
 */
export function serveAppProtocol(rendererDir: string, syncOrigins: () => readonly string[]): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, syncOrigins));
}
