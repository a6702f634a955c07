import type { Lang, Theme } from '../../shared/corpus/model';

/** The label in `lang`; a missing English label shows the French one, marked, rather than nothing. */
function themeLabel(theme: Theme, lang: Lang): string {
  const label = theme.label[lang];
  if (label !== undefined) return label;
  const other = theme.label.fr ?? theme.label.en ?? theme.id;
  return `${other} [${lang === 'en' ? 'fr' : 'en'}]`;
}

/** The fields every theme has in `desk theme --json` and `desk themes --json` (documented in README.md). */
export interface ThemeFields {
  id: string;
  label: string;
  labels: { fr: string | null; en: string | null };
  isGroup: boolean;
}

export function themeFields(theme: Theme, lang: Lang): ThemeFields {
  return { id: theme.id, label: themeLabel(theme, lang), labels: { fr: theme.label.fr ?? null, en: theme.label.en ?? null }, isGroup: theme.isGroup };
}

export function subThemes(themes: ReadonlyMap<string, Theme>, theme: Theme): Theme[] {
  return theme.childIds.flatMap((id) => themes.get(id) ?? []);
}
