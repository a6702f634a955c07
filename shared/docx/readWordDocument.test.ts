import { AlignmentType, Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { packDocx } from '../export/packDocx';
import { readWordDocument } from './readWordDocument';
import { buildSampleWordDocument, SAMPLE_CHANGE_AUTHOR, SAMPLE_COMMENT_AUTHOR, SAMPLE_NEW_TEXT, SAMPLE_PARAGRAPHS } from './testing/sampleWordDocument';

let index: CorpusIndex;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

describe('readWordDocument', () => {
  it('reads paragraphs in order with their footnotes, tracked changes and comments', async () => {
    const document = await readWordDocument(await buildSampleWordDocument(index), 'sample.docx');
    const text = (locator: number) => index.paragraphs.get(`CTOC/COP/WG.7/2012/6#${locator}`)?.text.fr;
    expect(document.paragraphs.map((paragraph) => paragraph.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(document.paragraphs[SAMPLE_PARAGRAPHS.cited]?.text).toBe(text(25));
    expect(document.paragraphs[SAMPLE_PARAGRAPHS.cited]?.notes).toEqual([{ kind: 'footnote', id: '1', at: text(25)?.length, text: 'CTOC/COP/WG.7/2012/6, par. 25.' }]);
    expect(document.paragraphs[SAMPLE_PARAGRAPHS.uncited]?.notes).toEqual([]);

    const tracked = document.paragraphs[SAMPLE_PARAGRAPHS.trackedChange];
    expect(tracked?.textBefore).toBe(text(29));
    expect(tracked?.text).toBe(text(29)?.replace('devraient', 'pourraient'));
    expect(tracked?.changes.map(({ kind, author, text: changed }) => [kind, author, changed])).toEqual([
      ['deletion', SAMPLE_CHANGE_AUTHOR, 'devraient'],
      ['insertion', SAMPLE_CHANGE_AUTHOR, 'pourraient'],
    ]);
    expect(tracked?.notes[0]?.text).toBe('Ibid., par. 29.');

    expect(document.paragraphs[SAMPLE_PARAGRAPHS.newText]).toMatchObject({ text: SAMPLE_NEW_TEXT, commentIds: ['0'] });
    expect(document.comments).toEqual([{ id: '0', author: SAMPLE_COMMENT_AUTHOR, text: 'À revoir avec la capitale.' }]);
  });

  it('sees preambular and operative paragraphs where their form shows them, and reads tables cell by cell', async () => {
    const bytes = await packDocx(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Projet de résolution')] }),
              new Paragraph({ children: [new TextRun({ text: 'Rappelant', italics: true }), new TextRun(' sa résolution 6/3,')] }),
              new Paragraph({ children: [new TextRun({ text: 'Consciente', italics: true }), new TextRun(' des risques encourus par les migrants,')] }),
              new Paragraph('1. Prie instamment les États parties de ratifier le Protocole;'),
              new Paragraph('Encourage les États parties à coopérer.'),
              new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('cellule A')] }), new TableCell({ children: [new Paragraph('cellule B')] })] })] }),
            ],
          },
        ],
      }),
    );
    const document = await readWordDocument(bytes, 'resolution.docx');
    expect(document.paragraphs.map((paragraph) => [paragraph.text, paragraph.part])).toEqual([
      ['Projet de résolution', null],
      ['Rappelant sa résolution 6/3,', 'preamble'],
      ['Consciente des risques encourus par les migrants,', 'preamble'],
      ['1. Prie instamment les États parties de ratifier le Protocole;', 'operative'],
      ['Encourage les États parties à coopérer.', 'operative'],
      ['cellule A', null],
      ['cellule B', null],
    ]);
  });

  it('leaves text inserted by one reviewer and deleted by another out of both states', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    const run = (text: string, tag = 't') => `<w:r><w:${tag}>${text}</w:${tag}></w:r>`;
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${run('Les États ')}` +
        `<w:ins w:id="1" w:author="A">${run('parties ')}<w:del w:id="2" w:author="B">${run('membres ', 'delText')}</w:del></w:ins>` +
        `<w:del w:id="3" w:author="B">${run('concernés ', 'delText')}</w:del>${run('devraient agir.')}</w:p></w:body></w:document>`,
    );
    const [paragraph] = (await readWordDocument(await zip.generateAsync({ type: 'uint8array' }), 'nested.docx')).paragraphs;
    expect(paragraph?.text).toBe('Les États parties devraient agir.');
    expect(paragraph?.textBefore).toBe('Les États concernés devraient agir.');
    expect(paragraph?.changes.map(({ kind, author, text }) => [kind, author, text])).toEqual([
      ['insertion', 'A', 'parties '],
      ['deletion', 'B', 'membres '],
      ['deletion', 'B', 'concernés '],
    ]);
  });

  it('refuses what is not a Word document, with a clear message', async () => {
    await expect(readWordDocument(new TextEncoder().encode('not a zip'), 'notes.docx')).rejects.toThrow('notes.docx is not a Word document (.docx), whatever its name says.');
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await expect(readWordDocument(await zip.generateAsync({ type: 'uint8array' }), 'other.docx')).rejects.toThrow('other.docx is a zip file but not a Word document: it has no word/document.xml.');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    await expect(readWordDocument(await zip.generateAsync({ type: 'uint8array' }), 'broken.docx')).rejects.toThrow(/^broken.docx could not be read as a Word document: /);
  });
});
