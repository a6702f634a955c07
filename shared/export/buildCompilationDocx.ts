import { Document, Paragraph } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { compilationGroups, type CompilationGrouping, type CompilationSelection, themeSubtree } from './compilationGroups';
import { DOCUMENT_NUMBERING, documentStyles, STYLE } from './docxStyles';
import { EXPORT_LABELS } from './exportLabels';
import { packDocx } from './packDocx';
import { precedentEntry } from './precedentEntry';
import { textRuns } from './renderRuns';
import { otherLang } from './wordLanguage';

export interface CompilationOptions {
  lang: Lang;
  groupBy: CompilationGrouping;
  /** Defaults to "Compilation of agreed language", followed by the theme's label for a theme. */
  title?: string;
}

/** The document's title, which also names its file: "Compilation of agreed language", followed by the theme's label for a theme. */
export function compilationTitle(index: CorpusIndex, selection: CompilationSelection, lang: Lang): string {
  const labels = EXPORT_LABELS[lang];
  if (!('themeId' in selection)) return labels.compilationTitle;
  const theme = index.themes.get(selection.themeId);
  const label = theme?.label[lang] ?? theme?.label[otherLang(lang)];
  return label ? labels.compilationOfTheme(label) : labels.compilationTitle;
}

/** Which of the compilation's English theme labels are our translations: all of them, or those an imported English compendium did not give. */
function themeLabelNote(index: CorpusIndex, selection: CompilationSelection, { lang, groupBy }: CompilationOptions): string | null {
  if (groupBy !== 'theme' && !('themeId' in selection)) return null;
  const theme = 'themeId' in selection ? index.themes.get(selection.themeId) : undefined;
  const themes = theme ? themeSubtree(index, theme) : index.corpus.themes;
  const unofficial = themes.filter((t) => t.englishLabelIsUnofficial).length;
  if (unofficial === 0) return null;
  return unofficial === themes.length ? EXPORT_LABELS[lang].unofficialThemeLabels : EXPORT_LABELS[lang].partlyUnofficialThemeLabels;
}

/** A briefing document: each precedent's citation and verbatim text, under theme or document headings. */
export function compilationDocument(index: CorpusIndex, selection: CompilationSelection, options: CompilationOptions): Document {
  const { lang, groupBy } = options;
  const title = options.title ?? compilationTitle(index, selection, lang);
  const children: Paragraph[] = [new Paragraph({ style: STYLE.title, children: textRuns(title, lang) })];
  const note = themeLabelNote(index, selection, options);
  if (note) children.push(new Paragraph({ children: textRuns(note, lang, { style: STYLE.note }) }));
  for (const group of compilationGroups(index, selection, lang, groupBy)) {
    children.push(new Paragraph({ style: STYLE.groupHeading, children: textRuns(group.heading, group.headingLang) }));
    for (const id of group.paragraphIds) children.push(...precedentEntry(index, id, lang));
  }
  return new Document({
    creator: 'Precedent Desk',
    title,
    styles: documentStyles(lang),
    numbering: DOCUMENT_NUMBERING,
    sections: [{ children }],
  });
}

export async function buildCompilationDocx(index: CorpusIndex, selection: CompilationSelection, options: CompilationOptions): Promise<Uint8Array> {
  return packDocx(compilationDocument(index, selection, options));
}
