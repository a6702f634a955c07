import type { Lang, Theme } from '../../shared/corpus/model';

export interface ThemeLabel {
  text: string;
  lang: Lang;
  /** An English label that is the project's own translation, not UN text (none came from an imported English compendium). */
  unofficial: boolean;
}

export function themeLabel(theme: Theme, lang: Lang): ThemeLabel {
  const english = theme.label.en;
  if (lang === 'en' && english !== undefined) return { text: english, lang: 'en', unofficial: theme.englishLabelIsUnofficial };
  if (theme.label.fr !== undefined) return { text: theme.label.fr, lang: 'fr', unofficial: false };
  return { text: english ?? theme.id, lang: 'en', unofficial: english === undefined || theme.englishLabelIsUnofficial };
}

/** How a theme's name is drawn: its label, with the whole name in the tooltip and an unofficial English name said to be one. */
export function themeNameShown(theme: Theme, lang: Lang, unofficialNote: string): { text: string; lang: Lang; className: string; title: string } {
  const label = themeLabel(theme, lang);
  return {
    text: label.text,
    lang: label.lang,
    className: label.unofficial ? 'theme-name theme-name--unofficial' : 'theme-name',
    title: label.unofficial ? `${label.text} (${unofficialNote})` : label.text,
  };
}
