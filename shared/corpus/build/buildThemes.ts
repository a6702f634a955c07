import type { Theme } from '../model';
import type { ThematicIndex } from '../parse/parseThematicIndex';
import { SOURCE_FILES } from '../sourceFiles';
import { type CorpusBuilder, provenance } from './CorpusBuilder';
import { THEME_LABELS_EN } from './themeLabelsEnglish';

/** The thematic index as themes linked to paragraphs, with parents for "Parent (sub-theme)" labels. */
export function buildThemes(builder: CorpusBuilder, index: ThematicIndex): Theme[] {
  const byReference = new Map(
    builder.paragraphs.filter((p) => p.compendiumRef).map((p) => [`${p.compendiumPart}:${p.compendiumRef}`, p]),
  );
  const themes = new Map<string, Theme>();
  const labels = new Set(index.themes.map((entry) => entry.label));

  const ensureTheme = (label: string, isGroup: boolean, lines: number[]): Theme => {
    const existing = themes.get(label);
    if (existing) return existing;
    const english = THEME_LABELS_EN[label];
    if (!english) builder.report({ kind: 'missing-metadata', message: `Theme "${label}" has no English label.` });
    const theme: Theme = {
      id: themeId(label),
      label: english ? { fr: label, en: english } : { fr: label },
      englishLabelIsUnofficial: true,
      parentId: null,
      isGroup,
      childIds: [],
      paragraphIds: [],
      provenance: lines.map((line) => provenance(SOURCE_FILES.compendium, line, 'thematic index')),
    };
    themes.set(label, theme);
    return theme;
  };

  for (const entry of index.themes) {
    const theme = ensureTheme(entry.label, false, entry.lines);
    const parentLabel = parentOf(entry.label, labels);
    if (parentLabel) {
      const parent = ensureTheme(parentLabel, !labels.has(parentLabel), []);
      theme.parentId = parent.id;
      if (!parent.childIds.includes(theme.id)) parent.childIds.push(theme.id);
    }
    for (const citation of entry.citations) {
      const reference = `${citation.part}:${citation.section}.${citation.path}`;
      const paragraph = byReference.get(reference);
      if (!paragraph) {
        builder.report({
          kind: 'unresolved-reference',
          message: `Theme "${entry.label}": reference ${reference} matches no paragraph.`,
          provenance: provenance(SOURCE_FILES.compendium, citation.line, 'thematic index'),
        });
        continue;
      }
      if (!theme.paragraphIds.includes(paragraph.id)) theme.paragraphIds.push(paragraph.id);
      if (!paragraph.themeIds.includes(theme.id)) paragraph.themeIds.push(theme.id);
    }
  }
  return [...themes.values()].sort((a, b) => a.label.fr!.localeCompare(b.label.fr!, 'fr'));
}

/**
 * "Parent (sub-theme)" and "Parent, sub-theme" labels hang under their parent. A trailing
 * acronym in parentheses ("(SHERLOC)") is part of the name, not a sub-theme; a comma only
 * makes a sub-theme when what precedes it is itself a theme.
 */
export function parentOf(label: string, labels: ReadonlySet<string>): string | null {
  const parenthesised = /^(.+?) \((.+)\)$/.exec(label);
  if (parenthesised && !/^[\p{Lu}\d]+$/u.test(parenthesised[2]!)) return parenthesised[1]!;
  const comma = label.indexOf(', ');
  if (comma > 0 && labels.has(label.slice(0, comma))) return label.slice(0, comma);
  return null;
}

export function themeId(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
