import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Lang, Locator } from '../corpus/model';
import { alignImport } from './alignImport';
import type { ThemeSuggester } from './suggestThemes';

/** The rows of an import preview as the user has corrected them so far: what the library's side of the preview is worked out from. */
export interface ImportPreviewRequest {
  /** The symbol as entered (the file lines up with the document of that symbol), null for none. */
  symbol: string | null;
  lang: Lang;
  rows: ImportPreviewRow[];
}

export interface ImportPreviewRow {
  /** Its number, when the row is included and its number reads: what lines it up with a paragraph held. */
  locator: Locator | null;
  /** Its text, when themes may be suggested for it (an included row that is not context), else null. */
  text: string | null;
}

/** What the import preview shows of the library, row by row as asked. */
export interface ImportPreviewModel {
  alignment: ImportAlignment;
  rows: RowView[];
}

export interface ImportAlignment {
  /** The document of the same symbol already in the library, or null: the file becomes a new document. */
  target: Pick<CorpusDocument, 'id' | 'symbol' | 'shortKey'> | null;
  /** The target already has text in this language: the import would duplicate it and is refused. */
  duplicate: boolean;
  /** Ids of the target's paragraphs nothing in the file lines up with. */
  missing: string[];
}

export interface RowView {
  /** Id of the paragraph it lines up with in the library, or null. */
  counterpart: string | null;
  /** Themes the counterpart has in the compendium's index: they carry over. */
  carriedThemes: string[];
  /** For an adopted paragraph with no counterpart: ids of the themes of the indexed paragraphs worded most like it, likeliest first. */
  suggestions: string[];
}

/** Lines the rows up with the library (alignImport) and suggests themes for those new to it. */
export function previewImport(index: CorpusIndex, suggest: ThemeSuggester, request: ImportPreviewRequest): ImportPreviewModel {
  const numbered = request.rows.flatMap((row, position) => (row.locator ? [{ position, locator: row.locator }] : []));
  const { target, duplicate, counterparts, missing } = alignImport(index, request, numbered);
  const counterpartOfRow = new Map(numbered.map((entry, position) => [entry.position, counterparts[position] ?? null]));
  const rows = request.rows.map((row, position): RowView => {
    const counterpart = counterpartOfRow.get(position) ?? null;
    return {
      counterpart,
      carriedThemes: counterpart ? (index.paragraphs.get(counterpart)?.themeIds ?? []) : [],
      suggestions: counterpart === null && row.text !== null ? suggest(row.text, request.lang).map((suggestion) => suggestion.themeId) : [],
    };
  });
  return { alignment: { target: target && { id: target.id, symbol: target.symbol, shortKey: target.shortKey }, duplicate, missing }, rows };
}
