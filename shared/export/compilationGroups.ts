import { formatDocumentHead } from '../citation/formatDocumentHead';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang, Theme } from '../corpus/model';
import { EXPORT_LABELS } from './exportLabels';
import { otherLang } from './wordLanguage';

/** Precedents picked in the table (`paragraphIds`) or a whole theme with its sub-themes (`themeId`). */
export type CompilationSelection = { paragraphIds: readonly string[] } | { themeId: string };

export type CompilationGrouping = 'theme' | 'document';

export interface CompilationGroup {
  heading: string;
  /** The heading's language: a theme with no label in the compilation's language shows the other one. */
  headingLang: Lang;
  paragraphIds: string[];
}

/** The theme and its sub-themes, depth first, as the thematic index lists them. */
export function themeSubtree(index: CorpusIndex, theme: Theme): Theme[] {
  return [theme, ...theme.childIds.flatMap((id) => {
    const child = index.themes.get(id);
    return child ? themeSubtree(index, child) : [];
  })];
}

function requireTheme(index: CorpusIndex, themeId: string): Theme {
  const theme = index.themes.get(themeId);
  if (!theme) throw new Error(`Unknown theme "${themeId}"`);
  return theme;
}

/** The selected paragraph ids, once each, in corpus order (documents in order, paragraphs as printed). */
export function selectedParagraphIds(index: CorpusIndex, selection: CompilationSelection): string[] {
  const ids = 'themeId' in selection
    ? themeSubtree(index, requireTheme(index, selection.themeId)).flatMap((theme) => theme.paragraphIds)
    : selection.paragraphIds;
  const unknown = ids.filter((id) => !index.paragraphs.has(id));
  if (unknown.length > 0) throw new Error(`Cannot compile unknown paragraph(s): ${unknown.join(', ')}`);
  const wanted = new Set(ids);
  return index.corpus.paragraphs.filter((paragraph) => wanted.has(paragraph.id)).map((paragraph) => paragraph.id);
}

/** Sub-theme labels already carry their parent's: "Enfants (protection)". */
function themeHeading(theme: Theme, lang: Lang): { heading: string; headingLang: Lang } {
  const headingLang = theme.label[lang] !== undefined ? lang : otherLang(lang);
  return { heading: theme.label[headingLang] ?? theme.id, headingLang };
}

/**
 * Each paragraph appears once, under the first theme of the index (within the selection's themes)
 * that cites it; paragraphs no such theme cites come last, under a heading that says so.
 */
function byTheme(index: CorpusIndex, ids: readonly string[], selection: CompilationSelection, lang: Lang): CompilationGroup[] {
  const themes = 'themeId' in selection ? themeSubtree(index, requireTheme(index, selection.themeId)) : index.corpus.themes;
  const themeOf = new Map<string, Theme>();
  for (const theme of themes) {
    for (const id of theme.paragraphIds) if (!themeOf.has(id)) themeOf.set(id, theme);
  }
  const groups = themes.flatMap((theme) => {
    const members = ids.filter((id) => themeOf.get(id) === theme);
    return members.length === 0 ? [] : [{ ...themeHeading(theme, lang), paragraphIds: members }];
  });
  const unthemed = ids.filter((id) => !themeOf.has(id));
  if (unthemed.length > 0) groups.push({ heading: EXPORT_LABELS[lang].noTheme, headingLang: lang, paragraphIds: unthemed });
  return groups;
}

function byDocument(index: CorpusIndex, ids: readonly string[], lang: Lang): CompilationGroup[] {
  return index.corpus.documents.flatMap((document) => {
    const members = ids.filter((id) => index.paragraphs.get(id)?.docId === document.id);
    if (members.length === 0) return [];
    const title = document.title[lang];
    const head = formatDocumentHead(document, lang);
    // Without a symbol the head already describes the document; the title would say it again.
    const heading = title === undefined ? head : document.symbol === null ? title : `${head} — ${title}`;
    return [{ heading, headingLang: lang, paragraphIds: members }];
  });
}

export function compilationGroups(index: CorpusIndex, selection: CompilationSelection, lang: Lang, groupBy: CompilationGrouping): CompilationGroup[] {
  const ids = selectedParagraphIds(index, selection);
  return groupBy === 'theme' ? byTheme(index, ids, selection, lang) : byDocument(index, ids, lang);
}
