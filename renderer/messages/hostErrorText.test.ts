import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { HOST_ERROR_CODES, type HostErrorInfo } from '../../shared/host/hostError';
import { localeResources } from '../i18n/setupI18n';
import { hostErrorText } from './hostErrorText';

const LANGS = ['fr', 'en'] as const;

async function translator(lng: (typeof LANGS)[number]) {
  const i18n = i18next.createInstance();
  const resources = localeResources();
  await i18n.init({ lng, resources, ns: Object.keys(resources.fr ?? {}), defaultNS: 'common', interpolation: { escapeValue: false } });
  return i18n;
}

/** Parameters every code's wording may use, so a wording that names one gets it filled. */
const PARAMS = { symbol: 'CTOC/COP/WG.7/2022/2', lang: 'en', name: 'compendium.docx', version: '9' };

describe('host error wording', () => {
  it.each(LANGS)('every host error code has its own %s wording, its parameters filled', async (lang) => {
    const i18n = await translator(lang);
    for (const code of HOST_ERROR_CODES) {
      expect(i18n.exists(`messages:hostErrors.${code}`), `${lang} lacks messages:hostErrors.${code}`).toBe(true);
      const text = hostErrorText(i18n.t, { code, params: PARAMS });
      expect(text, code).not.toMatch(/\{\{|hostErrors\./);
      // Said to delegates: no command lines, no doubled punctuation from a template around it.
      expect(text, code).not.toMatch(/npm |`|\.\.|\?\./);
    }
  });

  it('words a host error in French without the host’s English detail', async () => {
    const i18n = await translator('fr');
    const error: HostErrorInfo = { code: 'auth.token', detail: 'Missing or wrong access token: open the address the web mode printed.' };
    const text = hostErrorText(i18n.t, error);
    expect(text).toContain('clé d’accès');
    expect(text).not.toContain('access token');
  });

  it('words the French and English of a code differently, so neither falls back to the other', async () => {
    const [fr, en] = await Promise.all(LANGS.map(translator));
    for (const code of HOST_ERROR_CODES) expect(hostErrorText(fr!.t, { code, params: PARAMS }), code).not.toBe(hostErrorText(en!.t, { code, params: PARAMS }));
  });
});
