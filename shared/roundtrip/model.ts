import type { Lang } from '../corpus/model';
import type { CitationStyle, DraftContent } from '../draft/model';

/** How a precedent of the opened document was found. */
export interface OpenedPrecedent {
  paragraphId: string;
  /** `verbatim`: the words of its source; `modified`: changed in the draft or in Word. */
  verdict: 'verbatim' | 'modified';
  /** `control`: from the content control the export wrapped it in; `text`: recognised by its words or by a citation typed after it. */
  origin: 'control' | 'text';
  /** A control whose text differs from what was exported (edited in Word). */
  changedInWord: boolean;
}

/** What opening a Word document as a draft recognised, to show the delegate before the draft is saved. */
export interface WordDraftSummary {
  precedents: OpenedPrecedent[];
  /** Sources the export listed whose content control is gone (deleted in Word); their text, if still there, was looked for by its words. */
  orphaned: { paragraphId: string; citation: string }[];
  /** Tracked changes turned into proposals, per author. */
  proposals: { author: string; insertions: number; deletions: number }[];
  brackets: number;
  alternatives: number;
  comments: { author: string | null; text: string }[];
  /** Citations typed in the text that name no paragraph of the library, or no agreed language before them: kept as text. */
  unlinkedCitations: string[];
  /** Footnotes that are not citations, kept in the text between parentheses (a draft has no other notes). */
  notesKeptAsText: number;
  /** The document was too long for every paragraph to be compared with the precedents (see readWordDraft). */
  textRecognitionLimited: boolean;
}

export interface WordDraft {
  title: string;
  lang: Lang;
  citationStyle: CitationStyle;
  content: DraftContent;
  summary: WordDraftSummary;
}
