import type { Lang, LangText } from '../../../shared/corpus/model';

export interface ShownText {
  /** Text in the wanted language, or null when the sources do not give it. */
  text: string | null;
  /** The other language's text, offered on demand when the wanted one is missing; never a translation. */
  fallback: { lang: Lang; text: string } | null;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

export function shownText(text: LangText, lang: Lang): ShownText {
  const wanted = text[lang];
  if (wanted !== undefined) return { text: wanted, fallback: null };
  const other = otherLang(lang);
  const fallbackText = text[other];
  return { text: null, fallback: fallbackText === undefined ? null : { lang: other, text: fallbackText } };
}
