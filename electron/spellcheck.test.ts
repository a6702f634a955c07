import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { configureSpellcheck, SPELLCHECK_DICTIONARY_URL, spellcheckLanguages } from './spellcheck';

// Chromium's list on Windows and Linux (excerpt).
const CHROMIUM_LANGUAGES = ['de', 'en-AU', 'en-CA', 'en-GB', 'en-GB-oxendict', 'en-US', 'es', 'fr', 'it', 'pt-BR'];

describe('spellcheck', () => {
  it('sends the dictionary downloader to the app’s own scheme, never to a remote address', () => {
    const url = new URL(SPELLCHECK_DICTIONARY_URL);
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('precedent-desk');
    expect(SPELLCHECK_DICTIONARY_URL.endsWith('/')).toBe(true);
  });

  it('checks French and British English, or the nearest the platform has', () => {
    expect(spellcheckLanguages(CHROMIUM_LANGUAGES)).toEqual(['fr', 'en-GB']);
    expect(spellcheckLanguages(['fr-FR', 'en-US'])).toEqual(['fr-FR', 'en-US']);
    expect(spellcheckLanguages(['de'])).toEqual([]);
  });

  it('applies both settings to the session', () => {
    const calls: [string, unknown][] = [];
    const session = {
      availableSpellCheckerLanguages: CHROMIUM_LANGUAGES,
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(['url', url]),
      setSpellCheckerLanguages: (languages: string[]) => calls.push(['languages', languages]),
    };
    configureSpellcheck(session as unknown as Session);
    expect(calls).toEqual([
      ['url', SPELLCHECK_DICTIONARY_URL],
      ['languages', ['fr', 'en-GB']],
    ]);
  });
});
