import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';

// Each feature adds `locales/{fr,en}/<namespace>.json`; nothing here needs editing for a new namespace.
const localeFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

export function localeResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(localeFiles)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang = '', namespace = ''] = match;
    (resources[lang] ??= {})[namespace] = content;
  }
  return resources;
}

export async function setupI18n(language: Lang): Promise<void> {
  const resources = localeResources();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    resources,
    ns: Object.keys(resources.fr ?? {}),
    defaultNS: 'common',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}
