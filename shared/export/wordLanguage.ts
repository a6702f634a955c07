import type { Lang } from '../corpus/model';

/** The proofing language Word gets for each draft language (UN French, UN British English). */
export const WORD_LANGUAGE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
