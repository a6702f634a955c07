import type { Lang } from '../corpus/model';
import type { NegotiationSetup, ParagraphNegotiation } from '../negotiation/model';

/**
 * A draft as stored on disk (documented, versioned JSON: host/drafts/FORMAT.md).
 * The editor state is Lexical's own serialised JSON; `content` is a plain projection of it
 * that export, precedent check and provenance use without knowing Lexical.
 */
export const DRAFT_FORMAT = 'precedent-desk/draft';
/** Each version has a converter from the one before (host/drafts/formatVersions/). */
export const DRAFT_FORMAT_VERSION = 3;

export type CitationStyle = 'inline' | 'footnote';

export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_FORMAT_VERSION;
  /**
   * Counts the saves of the draft: 1 for its first save, one more for each save after. A save
   * states the revision its text was based on, and never overwrites a different one.
   */
  revision: number;
  id: string;
  title: string;
  lang: Lang;
  citationStyle: CitationStyle;
  createdAt: string;
  updatedAt: string;
  /** Lexical SerializedEditorState; opaque outside the editor. */
  editorState: unknown;
  content: DraftContent;
  /** Snapshots of the text taken at each reading of a negotiation, oldest first. */
  rounds: ReadingRound[];
}

/** "First reading, 2 June": the text as it stood when the delegate took the snapshot. */
export interface ReadingRound {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD) the delegate gave the round. */
  date: string;
  /** ISO instant the snapshot was taken. */
  takenAt: string;
  content: DraftContent;
}

export interface DraftSummary {
  id: string;
  title: string;
  lang: Lang;
  updatedAt: string;
  /** The file cannot be read; opening it sets it aside and offers its backups. */
  damaged?: true;
  /** The file was written by a newer Precedent Desk: it is left in place, untouched, and cannot be opened here. */
  newerVersion?: true;
}

/** The draft as paragraphs and runs: what export and check read. */
export interface DraftContent {
  preamble: DraftParagraph[];
  operative: DraftParagraph[];
  /** Delegations, proposals and positions of the negotiating text; absent in a draft never negotiated. */
  negotiation?: NegotiationSetup;
}

export type DraftSection = 'preamble' | 'operative';
export const DRAFT_SECTIONS: readonly DraftSection[] = ['preamble', 'operative'];

export interface DraftParagraph {
  /** Heading paragraphs are exported with a heading style and never numbered. */
  style: 'body' | 'heading';
  /** A list item: exported as a Word list item, never given an operative number. */
  list?: DraftListItem;
  runs: DraftRun[];
  /** Label, alternative and status in the negotiating text. */
  negotiation?: ParagraphNegotiation;
}

export interface DraftListItem {
  kind: 'bullet' | 'number';
  /** Nesting depth, 0 for an item of a top-level list. */
  level: number;
}

export type DraftRun = TextRun | PrecedentRun | CitationRun;

/** Every run may lie inside proposals of the negotiating text: the ids of `negotiation.marks`, outermost first. */
interface MarkedRun {
  marks?: string[];
}

export interface TextRun extends MarkedRun {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Agreed language inserted from the corpus; `text` is what the draft now says. */
export interface PrecedentRun extends MarkedRun {
  type: 'precedent';
  paragraphId: string;
  /** The language of the inserted version. */
  lang: Lang;
  text: string;
  /** The corpus text at insertion, to tell verbatim from modified. */
  sourceText: string;
}

export interface CitationRun extends MarkedRun {
  type: 'citation';
  paragraphId: string;
}
