import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './appProtocol';
import { lockNavigation } from './lockNavigation';

type Listener = (event: { url?: string; isMainFrame?: boolean; preventDefault: () => void }) => void;

/** Records what lockNavigation installs, so each guard can be fired as Electron would. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  };
  lockNavigation(contents as unknown as WebContents);
  const fire = (name: string, url?: string, isMainFrame = true): boolean => {
    let prevented = false;
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} guard`);
    listener({ url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { fire, openWindow: () => openHandler?.() };
}

describe('navigation lock of the window', () => {
  const window = fakeContents();

  it('keeps the main frame on its own page through will-navigate, will-frame-navigate and will-redirect', () => {
    for (const guard of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(window.fire(guard, `${APP_INDEX_URL}#/drafts`), guard).toBe(false);
      for (const url of ['https://www.unodc.org/', 'file:///etc/passwd', 'app://precedent-desk/assets/x.js', 'app://evil/index.html']) {
        expect(window.fire(guard, url), `${guard} ${url}`).toBe(true);
      }
    }
  });

  it('lets no subframe navigate or be redirected, even to the own page', () => {
    expect(window.fire('will-frame-navigate', APP_INDEX_URL, false)).toBe(true);
    expect(window.fire('will-redirect', APP_INDEX_URL, false)).toBe(true);
  });

  it('refuses new windows and webviews', () => {
    expect(window.openWindow()).toEqual({ action: 'deny' });
    expect(window.fire('will-attach-webview')).toBe(true);
  });
});
