import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { addParagraphComments } from '../docx/addParagraphComments';
import { describeParagraphCheck } from './describeParagraphCheck';
import type { WordDocumentCheck } from './model';
import { WORD_CHECK_LABELS } from './wordCheckLabels';

/** The checked .docx with the check of each paragraph as a Word comment anchored on it; the text is untouched. */
export function annotatedCopy(index: CorpusIndex, bytes: Uint8Array, report: WordDocumentCheck, lang: Lang, now: Date = new Date()): Promise<Uint8Array> {
  const comments = report.paragraphs.map((paragraph) => ({ position: paragraph.position, lines: describeParagraphCheck(index, paragraph, lang) }));
  const author = WORD_CHECK_LABELS[lang].commentAuthor;
  return addParagraphComments(bytes, comments, { author, initials: 'PD', date: now.toISOString().replace(/\.\d+Z$/, 'Z') });
}
