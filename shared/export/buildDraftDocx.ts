import { Document, Paragraph, type Table } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { CitationStyle, DraftFile } from '../draft/model';
import { cleanContent } from '../negotiation/cleanText';
import { isNegotiated } from '../negotiation/isNegotiated';
import type { NegotiationView } from '../negotiation/views';
import { bilingualTable } from './bilingualTable';
import { bracketedViewParagraphs } from './bracketedViewParagraphs';
import { checkReportSection } from './checkReportSection';
import { compilationTable } from './compilationTable';
import { DOCUMENT_NUMBERING, documentStyles, STYLE } from './docxStyles';
import type { DraftCheckReport } from './draftCheckReport';
import { draftParagraphs } from './draftParagraphs';
import { FootnoteCollector } from './FootnoteCollector';
import { withNegotiationStyles } from './negotiationStyles';
import { packDocx } from './packDocx';
import { textRuns, type ChangesMode, type RunContext } from './renderRuns';
import { sourcesAnnex } from './sourcesAnnex';

export interface DraftDocxOptions {
  /** Defaults to the draft's own citation style. */
  citationStyle?: CitationStyle;
  /** Adds an annex listing each cited paragraph once, with its citation and verbatim text. */
  sourcesAnnex?: boolean;
  /**
   * A French | English table, one row per paragraph, instead of the draft's language alone. Of a
   * negotiated draft it shows the clean text, whatever `view`: a translation table has no place
   * for brackets.
   */
  bilingual?: boolean;
  /** Defaults to `clean`. */
  changes?: ChangesMode;
  /** Adds the precedent check of the draft as an annex (see draftCheckReport). */
  checkReport?: DraftCheckReport;
  /**
   * A view of the negotiating text (shared/negotiation/README.md). Defaults to `bracketed` for a
   * draft with proposals, alternatives or statuses (`isNegotiated`); without one, a draft that has
   * none exports as it always has.
   */
  view?: NegotiationView;
  /** The language of the words the export adds and of citations; defaults to the draft's. The delegate's own words keep the draft's. */
  lang?: Lang;
}

export type ExportableDraft = Pick<DraftFile, 'title' | 'lang' | 'citationStyle' | 'content'>;

export function draftDocument(index: CorpusIndex, draft: ExportableDraft, options: DraftDocxOptions = {}): Document {
  const view = options.view ?? (isNegotiated(draft.content) ? 'bracketed' : undefined);
  // The bilingual table writes both languages, taking the delegate's words as the draft's.
  const lang = options.bilingual ? draft.lang : (options.lang ?? draft.lang);
  const footnotes = new FootnoteCollector();
  const context: RunContext = {
    index,
    lang,
    citationStyle: options.citationStyle ?? draft.citationStyle,
    changes: options.changes ?? 'clean',
    footnotes,
    ...(lang !== draft.lang ? { typedLang: draft.lang } : {}),
  };
  const content = view === 'clean' || (view && options.bilingual) ? cleanContent(draft.content) : draft.content;
  const children: (Paragraph | Table)[] = [];
  if (draft.title.trim() !== '') children.push(new Paragraph({ style: STYLE.title, children: textRuns(draft.title, draft.lang) }));
  if (options.bilingual) children.push(bilingualTable(content, context));
  else if (view === 'bracketed') children.push(...bracketedViewParagraphs(content, context));
  else if (view === 'compilation') children.push(compilationTable(content, context));
  else children.push(...draftParagraphs(content, context));
  if (options.sourcesAnnex) children.push(...sourcesAnnex(index, content, lang));
  if (options.checkReport) children.push(...checkReportSection(index, options.checkReport, lang));
  // Footnotes are collected while the body is built, so the document is assembled last.
  return new Document({
    creator: 'Precedent Desk',
    title: draft.title,
    styles: view ? withNegotiationStyles(documentStyles(lang)) : documentStyles(lang),
    numbering: DOCUMENT_NUMBERING,
    footnotes: footnotes.footnotes,
    sections: [{ children }],
  });
}

export async function buildDraftDocx(index: CorpusIndex, draft: ExportableDraft, options: DraftDocxOptions = {}): Promise<Uint8Array> {
  return packDocx(draftDocument(index, draft, options));
}
