import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { createPrecedentChecker, type PrecedentChecker } from '../check/createPrecedentChecker';
import { indexCorpus, type CorpusIndex } from '../corpus/corpusIndex';
import { ImportError } from '../import/ImportError';
import { IMPORT_LIMITS } from '../import/importLimits';
import { readWordDraft } from './readWordDraft';

let index: CorpusIndex;
let checker: PrecedentChecker;
beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  checker = createPrecedentChecker(index);
});

async function refusal(bytes: Uint8Array, limits = IMPORT_LIMITS): Promise<ImportError> {
  const error = await readWordDraft(bytes, { index, checker, fileName: 'envoi.docx', limits }).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const zipOf = (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

describe('a .docx that cannot be a draft is refused with its reason, never a crash', () => {
  it('not a zip at all', async () => {
    expect((await refusal(new TextEncoder().encode('Les États parties devraient …'))).code).toBe('not-docx');
  });

  it('a zip without word/document.xml', async () => {
    const error = await refusal(await zipOf({ 'notes.txt': 'rien' }));
    expect(error.code).toBe('docx-unreadable');
    expect(error.message).toContain('word/document.xml');
  });

  it('a zip bomb: far more XML than its few kilobytes, refused from its directory before inflating (limits scaled down to keep the test quick)', async () => {
    const bomb = await zipOf({ 'word/document.xml': `<w:document>${' '.repeat(4 * 1024 * 1024)}</w:document>` });
    expect(bomb.length).toBeLessThan(50_000);
    expect((await refusal(bomb, { ...IMPORT_LIMITS, docxXmlBytes: 1024 * 1024 })).code).toBe('docx-too-large');
  });

  it('a document.xml that is not XML', async () => {
    const error = await refusal(await zipOf({ 'word/document.xml': '<w:document><w:body><w:p>' }));
    expect(error.code).toBe('docx-unreadable');
  });

  it('huge: a paragraph of 600,000 characters opens as that one paragraph, every character kept, [brackets] left as typed', async () => {
    const words = 'Les États parties [devraient] coopérer. '.repeat(15_000);
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const bytes = await zipOf({ 'word/document.xml': `<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">${words}</w:t></w:r></w:p></w:body></w:document>` });
    const opened = await readWordDraft(bytes, { index, checker, fileName: 'long.docx' });
    expect(opened.content.operative.map((paragraph) => paragraph.runs)).toEqual([[{ type: 'text', text: words }]]);
  });

  it('a truncated file', async () => {
    const whole = await zipOf({ 'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' });
    expect((await refusal(whole.slice(0, whole.length - 30))).code).toBe('docx-unreadable');
  });
});
