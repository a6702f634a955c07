import type { Lang } from '../../shared/corpus/model';
import type { DeskSettings } from '../../shared/host/DeskHost';

export const INTERFACE_LANGUAGE_KEY = 'interfaceLanguage';

export function parseLang(raw: unknown): Lang | null {
  return raw === 'fr' || raw === 'en' ? raw : null;
}

/** The remembered choice, else the system's language when it is one of ours, else French (the language of the sources). */
export function initialInterfaceLanguage(settings: DeskSettings, systemLanguages: readonly string[]): Lang {
  const remembered = parseLang(settings[INTERFACE_LANGUAGE_KEY]);
  if (remembered) return remembered;
  for (const tag of systemLanguages) {
    const lang = parseLang(tag.slice(0, 2).toLowerCase());
    if (lang) return lang;
  }
  return 'fr';
}
