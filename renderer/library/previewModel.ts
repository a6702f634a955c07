import { locatorPath } from '../../shared/corpus/build/CorpusBuilder';
import { confirmImport, type NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import { parseLocatorPath } from '../../shared/import/locatorPaths';
import type { ImportedParagraph, ImportMetadata } from '../../shared/import/model';
import type { ImportPreviewModel, ImportPreviewRequest } from '../../shared/import/previewImport';
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

/** What the preview shows: the host's side of it (alignment with the library, themes), and what must be corrected first. */
export interface PreviewView extends ImportPreviewModel {
  problems: PreviewProblem[];
}

export function initialPreview(draft: ImportDraft): PreviewState {
  return {
    metadata: draft.metadata,
    rows: draft.paragraphs.map((paragraph) => ({ paragraph, path: locatorPath(paragraph.locator), include: true, acceptedThemes: [] })),
  };
}

/** Rows as paragraphs: included rows whose number reads, with the number, kind and accepted themes the user chose. */
function includedParagraphs(state: PreviewState): ImportedParagraph[] {
  return state.rows.flatMap((row) => {
    const locator = row.include ? parseLocatorPath(row.path, state.metadata.locatorScheme) : null;
    if (!locator) return [];
    const adopted = row.paragraph.kind !== 'context';
    return [{ ...row.paragraph, locator, adopted, suggestedThemeIds: adopted ? row.acceptedThemes : [] }];
  });
}

/** What the host is asked for the rows as they are (shared/import/previewImport.ts): their numbers, and the texts themes may be suggested for. */
export function previewRequest(state: PreviewState): ImportPreviewRequest {
  const { symbol, lang, locatorScheme } = state.metadata;
  return {
    symbol,
    lang,
    rows: state.rows.map((row) => ({
      locator: row.include ? parseLocatorPath(row.path, locatorScheme) : null,
      text: row.include && row.paragraph.kind !== 'context' ? row.paragraph.text : null,
    })),
  };
}

/** The host's answer for these rows, with what must be corrected before they can be added. */
export function viewPreview(state: PreviewState, model: ImportPreviewModel): PreviewView {
  return { ...model, problems: problemsOf(state, model.alignment.duplicate) };
}

function problemsOf(state: PreviewState, duplicate: boolean): PreviewProblem[] {
  const problems: PreviewProblem[] = [];
  const { symbol, locatorScheme } = state.metadata;
  if (symbol !== null && !SYMBOL_FORMAT.test(symbol)) problems.push({ key: 'invalidSymbol', symbol });
  if (duplicate) problems.push({ key: 'duplicateLanguage' });
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
  return confirmImport(draft, state.metadata, includedParagraphs(state));
}
