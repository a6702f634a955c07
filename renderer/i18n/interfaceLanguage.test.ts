import { describe, expect, it } from 'vitest';
import { initialInterfaceLanguage } from './interfaceLanguage';

describe('initialInterfaceLanguage', () => {
  it('the remembered choice wins over the system', () => {
    expect(initialInterfaceLanguage({ interfaceLanguage: 'en' }, ['fr-FR'])).toBe('en');
  });

  it('otherwise the first system language the desk speaks', () => {
    expect(initialInterfaceLanguage({}, ['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(initialInterfaceLanguage({}, ['FR-ca'])).toBe('fr');
  });

  it('otherwise French, the language of the sources; a stored value that is not a language is ignored', () => {
    expect(initialInterfaceLanguage({ interfaceLanguage: 'es' }, ['es-ES'])).toBe('fr');
    expect(initialInterfaceLanguage({}, [])).toBe('fr');
  });
});
