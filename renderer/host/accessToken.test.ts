import { describe, expect, it } from 'vitest';
import { takeAccessToken, type TokenPlace } from './accessToken';

function tab(href: string): TokenPlace & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  const place = {
    stored,
    location: { href },
    sessionStorage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
    history: {
      state: null,
      replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
        place.location.href = new URL(String(url), place.location.href).href;
      },
    },
  };
  return place;
}

describe('takeAccessToken', () => {
  it('takes the token out of the address and keeps it for the tab, so a reload still has it', () => {
    const page = tab('http://127.0.0.1:4317/?token=abc-0123456789abcdef&lang=fr#draft');
    expect(takeAccessToken(page)).toBe('abc-0123456789abcdef');
    expect(page.location.href).toBe('http://127.0.0.1:4317/?lang=fr#draft');
    // The reload: same tab, the address without the token.
    expect(takeAccessToken(page)).toBe('abc-0123456789abcdef');
  });

  it('prefers a token in the address, as when the server printed a new one', () => {
    const page = tab('http://127.0.0.1:4317/?token=old-0123456789abcdef');
    takeAccessToken(page);
    page.location.href = 'http://127.0.0.1:4317/?token=new-0123456789abcdef';
    expect(takeAccessToken(page)).toBe('new-0123456789abcdef');
    expect(page.location.href).toBe('http://127.0.0.1:4317/');
  });

  it('has none when neither the address nor the tab carries one', () => {
    expect(takeAccessToken(tab('http://127.0.0.1:4317/'))).toBeNull();
  });
});
