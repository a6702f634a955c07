import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, isAllowedNavigation, isOwnPage } from './appProtocol';
import { ELECTRON_CSP } from './windowOptions';

describe('the app:// scheme', () => {
  it('is standard and secure, and gets no privilege beyond what the page needs', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('never bypasses the CSP: fetch support is harmless only while the page may connect nowhere', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(ELECTRON_CSP).toContain("connect-src 'none'");
  });

  it('loads the renderer index from the app host', () => {
    expect(APP_INDEX_URL).toBe('app://precedent-desk/index.html');
  });
});

describe('own page check (navigation guards and IPC sender check)', () => {
  it('accepts the renderer page itself, with a query or fragment', () => {
    expect(isOwnPage(APP_INDEX_URL)).toBe(true);
    expect(isOwnPage(`${APP_INDEX_URL}#/drafts`)).toBe(true);
    expect(isOwnPage(`${APP_INDEX_URL}?lang=en`)).toBe(true);
  });

  it('refuses remote pages, other files of the app, other hosts and schemes', () => {
    for (const url of [
      'https://www.unodc.org/',
      'http://127.0.0.1:4317/index.html',
      'file:///opt/precedent-desk/dist/renderer/index.html',
      'file:///etc/passwd',
      'app://precedent-desk/other.html',
      'app://precedent-desk/assets/index.html',
      'app://precedent-desk/',
      'app://attacker.example/index.html',
      'app://precedent-desk.attacker.example/index.html',
      'app://precedent-desk:8080/index.html',
      'app://user:secret@precedent-desk/index.html',
      'apps://precedent-desk/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isOwnPage(url), url).toBe(false);
    }
  });

  it('lets only the main frame navigate, and only to the own page', () => {
    expect(isAllowedNavigation(APP_INDEX_URL, true)).toBe(true);
    expect(isAllowedNavigation(APP_INDEX_URL, false)).toBe(false);
    expect(isAllowedNavigation('https://www.unodc.org/', true)).toBe(false);
    expect(isAllowedNavigation('https://www.unodc.org/', false)).toBe(false);
  });
});
