/// <reference path="../import/extract/pdfjsWorker.d.ts" />
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf, hasExecutable, pdfText } from '../../host/export/libreOffice';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { readWordDocument } from '../docx/readWordDocument';
import { buildSampleWordDocument, SAMPLE_COMMENT_AUTHOR, SAMPLE_PARAGRAPHS } from '../docx/testing/sampleWordDocument';
import { annotatedCopy } from './annotatedCopy';
import { checkWordDocument } from './checkWordDocument';
import type { WordDocumentCheck } from './model';

const REPORT = 'CTOC/COP/WG.7/2012/6';
let index: CorpusIndex;
let checker: PrecedentChecker;
let bytes: Uint8Array;
let report: WordDocumentCheck;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
  bytes = await buildSampleWordDocument(index);
  report = checkWordDocument(index, checker, await readWordDocument(bytes, 'sample.docx'), 'fr');
});

/** The text of each comment annotation of a PDF, in page order (pdfjs, as the import reads PDFs). */
async function pdfCommentTexts(pdfPath: string): Promise<string[]> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  const document = await pdfjs.getDocument({ data: new Uint8Array(await readFile(pdfPath)), isEvalSupported: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const annotations = (await (await document.getPage(page)).getAnnotations()) as { subtype?: string; contentsObj?: { str?: string } }[];
    for (const annotation of annotations) if (annotation.subtype === 'Text' && annotation.contentsObj?.str) texts.push(annotation.contentsObj.str);
  }
  await document.destroy();
  return texts;
}

const at = (position: number) => report.paragraphs.find((paragraph) => paragraph.position === position);

describe('checkWordDocument', () => {
  it('gives each paragraph its verdict and checks its citations against the wording', () => {
    expect(at(SAMPLE_PARAGRAPHS.cited)?.check.verdict).toBe('verbatim');
    expect(at(SAMPLE_PARAGRAPHS.cited)?.findings).toMatchObject([{ kind: 'correct', cited: [`${REPORT}#25`] }]);
    expect(at(SAMPLE_PARAGRAPHS.wrongCitation)?.findings).toMatchObject([{ kind: 'other-paragraph', cited: [`${REPORT}#25`], quoted: [`${REPORT}#26`] }]);
    expect(at(SAMPLE_PARAGRAPHS.uncited)?.findings).toEqual([{ kind: 'missing', quoted: [`${REPORT}#28`] }]);
    expect(at(SAMPLE_PARAGRAPHS.nonexistent)?.findings).toMatchObject([{ kind: 'nonexistent-paragraph', documentId: REPORT, locators: ['par. 99'] }]);
    // The citation typed in parentheses is not wording: the paragraph is still verbatim.
    expect(at(SAMPLE_PARAGRAPHS.nonexistent)?.check.verdict).toBe('verbatim');
  });

  it('checks a paragraph with tracked changes in both states, and reads "par. 29" in the document cited before', () => {
    const tracked = at(SAMPLE_PARAGRAPHS.trackedChange);
    expect(tracked?.before?.verdict).toBe('verbatim');
    expect(tracked?.check.verdict).toBe('modified');
    expect(tracked?.check.precedents[0]?.strengthChange?.direction).toBe('weaker');
    expect(tracked?.findings).toMatchObject([{ kind: 'correct', cited: [`${REPORT}#29`] }]);
  });
});

describe('the annotated copy', () => {
  it('anchors one comment on each checked paragraph, keeps the text and the comments already there, and opens in LibreOffice', async () => {
    const annotated = await annotatedCopy(index, bytes, report, 'fr', new Date('2026-12-01T12:00:00Z'));
    const original = await readWordDocument(bytes, 'sample.docx');
    const back = await readWordDocument(annotated, 'annotated.docx');
    expect(back.paragraphs.map((paragraph) => [paragraph.text, paragraph.textBefore, paragraph.notes])).toEqual(original.paragraphs.map((paragraph) => [paragraph.text, paragraph.textBefore, paragraph.notes]));

    const commentOn = (position: number) => {
      const ids = back.paragraphs[position]?.commentIds ?? [];
      return back.comments.filter((comment) => ids.includes(comment.id) && comment.author === 'Precedent Desk').map((comment) => comment.text);
    };
    expect(back.comments.find((comment) => comment.author === SAMPLE_COMMENT_AUTHOR)?.text).toBe('À revoir avec la capitale.');
    expect(commentOn(SAMPLE_PARAGRAPHS.cited)).toEqual([`Libellé convenu tel quel\u00a0: ${REPORT}, par.\u00a025. Citation exacte\u00a0: «\u00a0${REPORT}, par. 25\u00a0».`]);
    expect(commentOn(SAMPLE_PARAGRAPHS.wrongCitation)[0]).toContain(`mais le texte cité est celui de ${REPORT}, par.\u00a026`);
    expect(commentOn(SAMPLE_PARAGRAPHS.uncited)[0]).toContain(`Libellé convenu sans citation\u00a0: citer ${REPORT}, par.\u00a028.`);
    expect(commentOn(SAMPLE_PARAGRAPHS.nonexistent)[0]).toContain('le document n’a pas de par. 99');
    expect(commentOn(SAMPLE_PARAGRAPHS.trackedChange)[0]).toContain('Modifications suivies (Délégation du Mexique)\u00a0: avant, libellé convenu tel quel\u00a0; après, libellé convenu modifié.');
    expect(commentOn(SAMPLE_PARAGRAPHS.newText)).toHaveLength(1);

    if (!hasExecutable('soffice')) return;
    const folder = await mkdtemp(join(tmpdir(), 'annotated-docx-'));
    try {
      const path = join(folder, 'annotated.docx');
      await writeFile(path, annotated);
      const [pdf] = await convertToPdf([path], folder, { withComments: true });
      if (!pdf) throw new Error('LibreOffice wrote no PDF');
      if (hasExecutable('pdftotext')) expect(await pdfText(pdf)).toContain('Projet de recommandations sur la protection des migrants');
      // LibreOffice read every comment: the one already there and ours, in the order of the paragraphs.
      const comments = await pdfCommentTexts(pdf);
      expect(comments).toHaveLength(1 + report.paragraphs.length);
      expect(comments.find((text) => text.includes('Citation erronée') && text.includes('par. 99'))).toBeDefined();
      expect(comments).toContain('À revoir avec la capitale.');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
