import { Document, Paragraph, type Table } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CitationStyle, DraftFile } from '../draft/model';
import { bilingualTable } from './bilingualTable';
import { checkReportSection } from './checkReportSection';
import { DOCUMENT_NUMBERING, documentStyles, STYLE } from './docxStyles';
import type { DraftCheckReport } from './draftCheckReport';
import { draftParagraphs } from './draftParagraphs';
import { FootnoteCollector } from './FootnoteCollector';
import { packDocx } from './packDocx';
import { textRuns, type ChangesMode, type RunContext } from './renderRuns';
import { sourcesAnnex } from './sourcesAnnex';

export interface DraftDocxOptions {
  /** Defaults to the draft's own citation style. */
  citationStyle?: CitationStyle;
  /** Adds an annex listing each cited paragraph once, with its citation and verbatim text. */
  sourcesAnnex?: boolean;
  /** A French | English table, one row per paragraph, instead of the draft's language alone. */
  bilingual?: boolean;
  /** Defaults to `clean`. */
  changes?: ChangesMode;
  /** Adds the precedent check of the draft as an annex (see draftCheckReport). */
  checkReport?: DraftCheckReport;
}

export type ExportableDraft = Pick<DraftFile, 'title' | 'lang' | 'citationStyle' | 'content'>;

export function draftDocument(index: CorpusIndex, draft: ExportableDraft, options: DraftDocxOptions = {}): Document {
  const footnotes = new FootnoteCollector();
  const context: RunContext = {
    index,
    lang: draft.lang,
    citationStyle: options.citationStyle ?? draft.citationStyle,
    changes: options.changes ?? 'clean',
    footnotes,
  };
  const children: (Paragraph | Table)[] = [];
  if (draft.title.trim() !== '') children.push(new Paragraph({ style: STYLE.title, children: textRuns(draft.title, draft.lang) }));
  if (options.bilingual) children.push(bilingualTable(draft.content, context));
  else children.push(...draftParagraphs(draft.content, context));
  if (options.sourcesAnnex) children.push(...sourcesAnnex(index, draft.content, draft.lang));
  if (options.checkReport) children.push(...checkReportSection(index, options.checkReport, draft.lang));
  // Footnotes are collected while the body is built, so the document is assembled last.
  return new Document({
    creator: 'Precedent Desk',
    title: draft.title,
    styles: documentStyles(draft.lang),
    numbering: DOCUMENT_NUMBERING,
    footnotes: footnotes.footnotes,
    sections: [{ children }],
  });
}

export async function buildDraftDocx(index: CorpusIndex, draft: ExportableDraft, options: DraftDocxOptions = {}): Promise<Uint8Array> {
  return packDocx(draftDocument(index, draft, options));
}
