import type { ParagraphCheck } from '../check/model';
import type { Lang } from '../corpus/model';
import type { ParagraphPart, TrackedChange } from '../docx/model';

/** A citation found in a paragraph: typed in a footnote or endnote, or in parentheses in the text. */
export interface FoundCitation {
  where: 'footnote' | 'endnote' | 'parentheses';
  text: string;
}

/**
 * What the check says of a paragraph's citations:
 * - correct: the cited paragraph is the one the text quotes (or the same text adopted again);
 * - other-paragraph: the citation resolves, but the text quoted is another paragraph's (`quoted`),
 *   or no precedent's at all (`quoted` empty);
 * - nonexistent-paragraph: the cited document has no such paragraph;
 * - unknown-document: the corpus holds no document of that symbol or number;
 * - unverifiable: a paragraph number with no document before it to read it in, or a document with no paragraph;
 * - missing: agreed language with no citation of its source (`quoted`).
 */
export type CitationFinding =
  | { kind: 'correct'; citation: FoundCitation; cited: string[] }
  | { kind: 'other-paragraph'; citation: FoundCitation; cited: string[]; quoted: string[] }
  | { kind: 'nonexistent-paragraph'; citation: FoundCitation; documentId: string; locators: string[] }
  | { kind: 'unknown-document'; citation: FoundCitation; document: string }
  | { kind: 'unverifiable'; citation: FoundCitation }
  | { kind: 'missing'; quoted: string[] };

export interface WordParagraphCheck {
  /** Position among the document's paragraphs (WordParagraph.position): where the comment goes. */
  position: number;
  part: ParagraphPart;
  /** The paragraph's text with its tracked changes accepted, as written. */
  text: string;
  /** What was compared: `text` without the citations typed in parentheses. */
  check: ParagraphCheck;
  /** With tracked changes: the same check of the text as it was before them; null without changes. */
  before: ParagraphCheck | null;
  changes: TrackedChange[];
  citations: FoundCitation[];
  findings: CitationFinding[];
}

export interface WordDocumentCheck {
  lang: Lang | null;
  /** Paragraphs with words, in document order (empty paragraphs are not checked). */
  paragraphs: WordParagraphCheck[];
}
