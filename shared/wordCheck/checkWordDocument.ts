import type { PrecedentChecker } from '../check/createPrecedentChecker';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import type { WordDocument } from '../docx/model';
import { checkCitations } from './checkCitations';
import { findCitations } from './findCitations';
import type { WordDocumentCheck, WordParagraphCheck } from './model';

/**
 * Every paragraph of a Word document checked against the precedents: its verdict, closest
 * precedents and differences (shared/check), its citations checked against the wording they stand
 * for, and, where it has tracked changes, the check of the text as it was before them.
 */
export function checkWordDocument(index: CorpusIndex, checker: PrecedentChecker, document: WordDocument, lang: Lang | null = null): WordDocumentCheck {
  const options = lang ? { lang } : {};
  const paragraphs: WordParagraphCheck[] = [];
  let contextDocumentId: string | null = null;
  for (const paragraph of document.paragraphs) {
    if (!paragraph.text.trim() && !paragraph.textBefore.trim()) continue;
    const { citations, wording } = findCitations(paragraph);
    const check = checker.checkParagraph(wording, options);
    const before = paragraph.textBefore === paragraph.text ? null : checker.checkParagraph(findCitations({ text: paragraph.textBefore, notes: [] }).wording, { lang: check.lang });
    const { findings, lastDocumentId } = checkCitations(index, checker, check, citations, contextDocumentId);
    contextDocumentId = lastDocumentId;
    paragraphs.push({ position: paragraph.position, part: paragraph.part, text: paragraph.text, check, before, changes: paragraph.changes, citations, findings });
  }
  return { lang, paragraphs };
}
