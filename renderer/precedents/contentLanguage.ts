import type { Lang } from '../../shared/corpus/model';
import { parseLang } from '../i18n/interfaceLanguage';

export const CONTENT_LANGUAGE_KEY = 'contentLanguage';

/** The sources are French: French text unless the user chose otherwise. */
export function parseContentLanguage(raw: unknown): Lang {
  return parseLang(raw) ?? 'fr';
}
