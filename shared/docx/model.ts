/**
 * A Word document as the check reads it: body paragraphs in order, with what mammoth drops
 * (footnotes, tracked changes with their authors, comments). Plain data, JSON-serialisable.
 */

export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  author: string | null;
  date: string | null;
  text: string;
}

/** A footnote or endnote call in a paragraph, with the note's text. */
export interface NoteReference {
  kind: 'footnote' | 'endnote';
  id: string;
  /** Offset of the call in the paragraph's `text` (after the tracked changes). */
  at: number;
  text: string;
}

export interface WordComment {
  id: string;
  author: string | null;
  text: string;
}

/**
 * Where a paragraph sits in a resolution or decision, when its form shows it: preambular clauses
 * ("Rappelant ..., ") before the operative paragraphs (numbered, "Prie ...;"). null for the rest
 * (titles, headings, report text).
 */
export type ParagraphPart = 'preamble' | 'operative' | null;

export interface WordParagraph {
  /** 0-based position among the body's top-level paragraphs (`w:p` outside text boxes), empty ones included. */
  position: number;
  /** Text with every tracked change accepted: inserted runs kept, deleted runs left out. */
  text: string;
  /** Text with every tracked change rejected; equal to `text` when the paragraph has no change. */
  textBefore: string;
  changes: TrackedChange[];
  notes: NoteReference[];
  /** Ids of the comments anchored in the paragraph. */
  commentIds: string[];
  /** Paragraph style id (`w:pStyle`), e.g. "Heading1"; null for the default style. */
  style: string | null;
  /** Numbered or bulleted by Word (`w:numPr`): the number is not part of `text`. */
  numbered: boolean;
  part: ParagraphPart;
}

export interface WordDocument {
  paragraphs: WordParagraph[];
  comments: WordComment[];
}
