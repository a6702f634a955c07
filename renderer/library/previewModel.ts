import { locatorPath } from '../../shared/corpus/build/CorpusBuilder';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import { type AlignmentPreview, alignImport } from '../../shared/import/alignImport';
import { confirmImport, type NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import { parseLocatorPath } from '../../shared/import/locatorPaths';
import type { ImportedParagraph, ImportMetadata } from '../../shared/import/model';
import type { ThemeSuggester, ThemeSuggestion } from '../../shared/import/suggestThemes';
import { SYMBOL_FORMAT } from '../../shared/import/validateImportedDocument';

/** One detected paragraph as the user sees and corrects it. */
export interface PreviewRow {
  paragraph: ImportedParagraph;
  /** The number as typed: `25`, `8.e`, `rec.3.b`, `al.2`. */
  path: string;
  include: boolean;
  acceptedThemes: string[];
}

export interface PreviewState {
  metadata: ImportMetadata;
  rows: PreviewRow[];
}

export type PreviewProblem =
  | { key: 'invalidLocator' | 'duplicateLocator' | 'emptyText'; path: string }
  | { key: 'invalidSymbol'; symbol: string }
  | { key: 'nothingIncluded' }
  | { key: 'duplicateLanguage' };

export interface RowView {
  /** Id of the paragraph it lines up with in the library, or null. */
  counterpart: string | null;
  /** Themes the counterpart has in the compendium's index: they carry over. */
  carriedThemes: string[];
  /** For an adopted paragraph with no counterpart: themes of the indexed paragraphs worded most like it. */
  suggestions: ThemeSuggestion[];
}

export interface PreviewView {
  alignment: AlignmentPreview;
  rows: RowView[];
  problems: PreviewProblem[];
}

export function initialPreview(draft: ImportDraft): PreviewState {
  return {
    metadata: draft.metadata,
    rows: draft.paragraphs.map((paragraph) => ({ paragraph, path: locatorPath(paragraph.locator), include: true, acceptedThemes: [] })),
  };
}

/** Rows as paragraphs: included rows whose number reads, with the number, kind and accepted themes the user chose. */
function includedParagraphs(state: PreviewState): { row: number; paragraph: ImportedParagraph }[] {
  return state.rows.flatMap((row, index) => {
    const locator = row.include ? parseLocatorPath(row.path, state.metadata.locatorScheme) : null;
    if (!locator) return [];
    const adopted = row.paragraph.kind !== 'context';
    return [{ row: index, paragraph: { ...row.paragraph, locator, adopted, suggestedThemeIds: adopted ? row.acceptedThemes : [] } }];
  });
}

/** What the preview shows: alignment with the library, themes, and what must be corrected first. */
export function viewPreview(state: PreviewState, index: CorpusIndex, suggest: ThemeSuggester): PreviewView {
  const included = includedParagraphs(state);
  const alignment = alignImport(index, state.metadata, included.map((entry) => entry.paragraph));
  const counterpartOfRow = new Map(included.map((entry, position) => [entry.row, alignment.counterparts[position] ?? null]));
  const rows = state.rows.map((row, rowIndex): RowView => {
    const counterpart = counterpartOfRow.get(rowIndex) ?? null;
    const carriedThemes = counterpart ? (index.paragraphs.get(counterpart)?.themeIds ?? []) : [];
    const wantsSuggestions = row.include && counterpart === null && row.paragraph.kind !== 'context';
    return { counterpart, carriedThemes, suggestions: wantsSuggestions ? suggest(row.paragraph.text, state.metadata.lang) : [] };
  });
  return { alignment, rows, problems: problemsOf(state, alignment) };
}

function problemsOf(state: PreviewState, alignment: AlignmentPreview): PreviewProblem[] {
  const problems: PreviewProblem[] = [];
  const { symbol, locatorScheme } = state.metadata;
  if (symbol !== null && !SYMBOL_FORMAT.test(symbol)) problems.push({ key: 'invalidSymbol', symbol });
  if (alignment.duplicate) problems.push({ key: 'duplicateLanguage' });
  const seen = new Set<string>();
  for (const row of state.rows.filter((r) => r.include)) {
    const locator = parseLocatorPath(row.path, locatorScheme);
    if (!locator) problems.push({ key: 'invalidLocator', path: row.path });
    else {
      const path = locatorPath(locator);
      if (seen.has(path)) problems.push({ key: 'duplicateLocator', path });
      seen.add(path);
    }
    if (!row.paragraph.text.trim()) problems.push({ key: 'emptyText', path: row.path });
  }
  if (!state.rows.some((row) => row.include)) problems.push({ key: 'nothingIncluded' });
  return problems;
}

/** The document to store, or null while something must be corrected. */
export function confirmedDocument(draft: ImportDraft, state: PreviewState, view: PreviewView): NewImportedDocument | null {
  if (view.problems.length > 0) return null;
  return confirmImport(draft, state.metadata, includedParagraphs(state).map((entry) => entry.paragraph));
}
