import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, FootnoteReferenceRun, InsertedTextRun, Paragraph, TextRun } from 'docx';
import type { CorpusIndex } from '../../corpus/corpusIndex';
import { packDocx } from '../../export/packDocx';

const REPORT = 'CTOC/COP/WG.7/2012/6';

/** What the sample holds, paragraph by paragraph, for tests to assert against. */
export const SAMPLE_PARAGRAPHS = {
  title: 0,
  /** Par. 25 quoted, cited in a footnote: correct. */
  cited: 1,
  /** Par. 26 quoted, the footnote citing par. 25: the citation is another paragraph's. */
  wrongCitation: 2,
  /** Par. 28 quoted, no citation. */
  uncited: 3,
  /** Par. 29 with a tracked change "devraient" → "pourraient", cited "par. 29" (document of the note before). */
  trackedChange: 4,
  /** Par. 21 quoted, cited in parentheses to a paragraph 2012/6 does not have. */
  nonexistent: 5,
  /** Wording of its own, with a comment already in the document. */
  newText: 6,
} as const;

export const SAMPLE_CHANGE_AUTHOR = 'Délégation du Mexique';
export const SAMPLE_COMMENT_AUTHOR = 'Secrétariat';
export const SAMPLE_NEW_TEXT = 'Le Groupe de travail se réunira au printemps prochain dans une ville portuaire choisie par tirage au sort.';

function precedentText(index: CorpusIndex, locator: number): string {
  const text = index.paragraphs.get(`${REPORT}#${locator}`)?.text.fr;
  if (!text) throw new Error(`${REPORT} has no paragraph ${locator} in French`);
  return text;
}

/**
 * A delegation's draft as a Word file, built with the docx library as Word would save it: real
 * footnotes (one citation wrong, one paragraph without any), a tracked change with its author and
 * a comment. The quoted texts are the corpus's own.
 */
export async function buildSampleWordDocument(index: CorpusIndex): Promise<Uint8Array> {
  const tracked = precedentText(index, 29);
  const at = tracked.indexOf('devraient');
  if (at < 0) throw new Error('Par. 29 no longer says "devraient"');
  const document = new Document({
    features: { trackRevisions: true },
    footnotes: {
      1: { children: [new Paragraph(`${REPORT}, par. 25.`)] },
      2: { children: [new Paragraph(`${REPORT}, par. 25.`)] },
      3: { children: [new Paragraph('Ibid., par. 29.')] },
    },
    comments: {
      children: [{ id: 0, author: SAMPLE_COMMENT_AUTHOR, date: new Date('2026-11-30T10:00:00Z'), children: [new Paragraph('À revoir avec la capitale.')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Projet de recommandations sur la protection des migrants', bold: true })] }),
          new Paragraph({ children: [new TextRun(precedentText(index, 25)), new FootnoteReferenceRun(1)] }),
          new Paragraph({ children: [new TextRun(precedentText(index, 26)), new FootnoteReferenceRun(2)] }),
          new Paragraph(precedentText(index, 28)),
          new Paragraph({
            children: [
              new TextRun(tracked.slice(0, at)),
              new DeletedTextRun({ id: 1, author: SAMPLE_CHANGE_AUTHOR, date: '2026-11-30T09:00:00Z', text: 'devraient' }),
              new InsertedTextRun({ id: 2, author: SAMPLE_CHANGE_AUTHOR, date: '2026-11-30T09:00:00Z', text: 'pourraient' }),
              new TextRun(tracked.slice(at + 'devraient'.length)),
              new FootnoteReferenceRun(3),
            ],
          }),
          new Paragraph(`${precedentText(index, 21).replace(/\.$/, '')} (${REPORT}, par. 99).`),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun(SAMPLE_NEW_TEXT), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        ],
      },
    ],
  });
  return packDocx(document);
}
