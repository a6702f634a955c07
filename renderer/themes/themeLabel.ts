import type { Lang, Theme } from '../../shared/corpus/model';

export interface ThemeLabel {
  text: string;
  lang: Lang;
  /** English labels are the project's own translations, not UN text. */
  unofficial: boolean;
}

export function themeLabel(theme: Theme, lang: Lang): ThemeLabel {
  const english = theme.label.en;
  if (lang === 'en' && english !== undefined) return { text: english, lang: 'en', unofficial: true };
  if (theme.label.fr !== undefined) return { text: theme.label.fr, lang: 'fr', unofficial: false };
  return { text: english ?? theme.id, lang: 'en', unofficial: true };
}
