import type { Lang, Theme } from '../../shared/corpus/model';

/** The label in `lang`; a missing English label shows the French one, marked, rather than nothing. */
export function themeLabel(theme: Theme, lang: Lang): string {
  const label = theme.label[lang];
  if (label !== undefined) return label;
  const other = theme.label.fr ?? theme.label.en ?? theme.id;
  return `${other} [${lang === 'en' ? 'fr' : 'en'}]`;
}

/** Paragraphs a theme covers: its own and those of its sub-themes, each counted once. */
export function themeParagraphIds(themes: ReadonlyMap<string, Theme>, theme: Theme): string[] {
  const ids = new Set(theme.paragraphIds);
  for (const childId of theme.childIds) {
    const child = themes.get(childId);
    if (child) for (const id of themeParagraphIds(themes, child)) ids.add(id);
  }
  return [...ids];
}
