import type { Lang, Theme } from '../../shared/corpus/model';
import { themeLabel } from './themeLabel';

export interface ThemeNode {
  theme: Theme;
  children: ThemeNode[];
}

/** The thematic index as a tree, in the index's order. */
export function themeTree(themes: readonly Theme[]): ThemeNode[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const build = (theme: Theme, seen: Set<string>): ThemeNode => {
    seen.add(theme.id);
    const children = theme.childIds.flatMap((id) => {
      const child = byId.get(id);
      return child && !seen.has(id) ? [build(child, seen)] : [];
    });
    return { theme, children };
  };
  return themes.filter((theme) => theme.parentId === null || !byId.has(theme.parentId)).map((theme) => build(theme, new Set()));
}

/** Folds case and accents so "enfant" finds "Enfants" and "securite" finds "sécurité". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The nodes whose label (in either language) contains the text, with the ancestors that lead to them. */
export function filterThemeTree(nodes: readonly ThemeNode[], text: string, lang: Lang): ThemeNode[] {
  const wanted = fold(text.trim());
  if (wanted === '') return [...nodes];
  return nodes.flatMap((node) => {
    const labels = [themeLabel(node.theme, lang).text, node.theme.label.fr ?? '', node.theme.label.en ?? ''];
    if (labels.some((label) => fold(label).includes(wanted))) return [node];
    const children = filterThemeTree(node.children, text, lang);
    return children.length > 0 ? [{ theme: node.theme, children }] : [];
  });
}
