import { describe, expect, it } from 'vitest';
import { ELECTRON_CSP, isPermissionAllowed, mainWindowOptions, withContentSecurityPolicy } from './windowOptions';

describe('main window options', () => {
  const prefs = mainWindowOptions('/opt/precedent-desk/dist/electron/preload.cjs').webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/opt/precedent-desk/dist/electron/preload.cjs');
  });

  it('does not switch on anything experimental or remote', () => {
    expect(prefs).not.toHaveProperty('experimentalFeatures', true);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});

describe('Content-Security-Policy of the window', () => {
  const directives = new Map(ELECTRON_CSP.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('allows only the app’s own files and no inline or evaluated script', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(ELECTRON_CSP).not.toMatch(/unsafe-|https?:|\*|ws:/);
  });

  it('gives the page no network access at all: the host is reached over IPC', () => {
    expect(directives.get('connect-src')).toEqual(["'none'"]);
  });

  it('lets the page reach the sync servers of shared drafts, and nothing else', () => {
    const headers = withContentSecurityPolicy({}, ['wss://sync.example.org', 'ws://127.0.0.1:4444']);
    const policy = headers['Content-Security-Policy']![0]!;
    expect(policy).toContain('connect-src wss://sync.example.org ws://127.0.0.1:4444;');
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('replaces any policy the response carried, whatever its case', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [ELECTRON_CSP] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [ELECTRON_CSP] });
  });
});

describe('permissions', () => {
  it('grants only clipboard writing among permissions', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) {
      expect(isPermissionAllowed(permission), permission).toBe(false);
    }
  });
});
