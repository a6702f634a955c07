import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraftText } from '../shared/check/checkDraftText';
import { createPrecedentChecker } from '../shared/check/createPrecedentChecker';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { buildSampleWordDocument } from '../shared/docx/testing/sampleWordDocument';
import { readWordDocument } from '../shared/docx/readWordDocument';
import { encodeBase64 } from '../shared/export/docxFile';
import { decodeBase64 } from '../shared/import/decodeBase64';
import { mergeLibrary } from '../shared/import/mergeLibrary';
import { readWordDraft } from '../shared/roundtrip/readWordDraft';
import { EMPTY_LIBRARY } from '../shared/import/model';
import { checkWordDocument } from '../shared/wordCheck/checkWordDocument';
import { documentLanguage } from '../shared/wordCheck/documentLanguage';
import { loadBundledCorpus } from './corpus/loadBundledCorpus';
import { createNodeDeskHost } from './createNodeDeskHost';
import type { NodeDeskHost } from './NodeDeskHost';

let folder: string;
let host: NodeDeskHost;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'desk-check-'));
  host = await createNodeDeskHost({ dataDir: folder, loadCorpus: () => loadBundledCorpus(), saveFile: () => Promise.reject(new Error('unused')), pickImportFiles: async () => [] });
});
afterAll(async () => {
  await host.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the precedent check in the host', () => {
  it('gives each draft paragraph the check the window would make over the same library, in its own language', async () => {
    const bundled = await loadBundledCorpus();
    const adopted = bundled.paragraphs.filter((paragraph) => paragraph.adopted && paragraph.text.fr);
    const texts = [adopted[3]!.text.fr!, `${adopted[10]!.text.fr!.slice(0, 120)} dans le respect du droit international`, 'Les États parties devraient renforcer la coopération', 'States parties should strengthen cooperation', ''];
    const results = await host.checkDraftParagraphs({ texts, lang: 'fr' });
    const checker = createPrecedentChecker(indexCorpus(mergeLibrary(bundled, EMPTY_LIBRARY)));
    expect(results).toEqual(texts.map((text) => checkDraftText(checker, text, 'fr')));
    expect(results[0]).toMatchObject({ verdict: 'verbatim' });
    expect(results[0]!.precedents.map((match) => match.paragraphId)).toContain(adopted[3]!.id);
    expect(results[3]).toMatchObject({ lang: 'en' });
  });

  it('checks a pasted text line by line, in the language given or each line in its own', async () => {
    const bundled = await loadBundledCorpus();
    const agreed = bundled.paragraphs.find((paragraph) => paragraph.adopted && paragraph.text.fr)!;
    const text = `${agreed.text.fr!}\n\nStates parties should strengthen cooperation`;
    const checker = createPrecedentChecker(indexCorpus(mergeLibrary(bundled, EMPTY_LIBRARY)));
    expect(await host.checkText({ text, lang: null })).toEqual(checker.check(text));
    expect(await host.checkText({ text, lang: 'fr' })).toEqual(checker.check(text, { lang: 'fr' }));
    expect((await host.checkText({ text, lang: null })).map((check) => [check.verdict, check.lang])).toEqual([
      ['verbatim', 'fr'],
      ['no-precedents-in-language', 'en'],
    ]);
    await expect(host.checkText({ text: 'x'.repeat(1_000_001), lang: null })).rejects.toThrow(/At most 1,000,000 characters/);
  });

  it('looks up how established a phrase is, and what else was adopted in the same words, as the window would', async () => {
    const bundled = await loadBundledCorpus();
    const checker = createPrecedentChecker(indexCorpus(mergeLibrary(bundled, EMPTY_LIBRARY)));
    const usage = await host.phraseUsage({ phrase: 'voudront peut-être envisager' });
    expect(usage).toEqual(checker.phraseUsage('voudront peut-être envisager'));
    expect(usage.count).toBeGreaterThan(1);
    const twins = bundled.paragraphs.filter((paragraph) => paragraph.adopted).find((paragraph) => checker.alsoAdoptedAs(paragraph.id).length > 0)!;
    expect(await host.alsoAdoptedAs({ paragraphId: twins.id })).toEqual(checker.alsoAdoptedAs(twins.id));
    await expect(host.phraseUsage({ phrase: '' })).rejects.toThrow(/"phrase"/);
  });

  it('checks a Word document as `desk check --docx` does, writes its annotated copy, and gives a refused file its reason', async () => {
    const bundled = await loadBundledCorpus();
    const index = indexCorpus(mergeLibrary(bundled, EMPTY_LIBRARY));
    const bytes = await buildSampleWordDocument(index);
    const document = await readWordDocument(bytes, 'proposal.docx');
    const outcome = await host.checkWordFile({ name: 'proposal.docx', base64: encodeBase64(bytes) });
    expect(outcome).toEqual({ report: checkWordDocument(index, createPrecedentChecker(index), document, documentLanguage(document) ?? 'fr') });
    const annotated = await host.annotateWordFile({ name: 'proposal.docx', base64: encodeBase64(bytes) });
    if (!('base64' in annotated)) throw new Error('no annotated copy');
    const reread = await readWordDocument(decodeBase64(annotated.base64), 'annotated.docx');
    expect(reread.paragraphs.map((paragraph) => paragraph.text)).toEqual(document.paragraphs.map((paragraph) => paragraph.text));
    expect(reread.comments.length).toBeGreaterThan(document.comments.length);
    expect(await host.checkWordFile({ name: 'notes.docx', base64: encodeBase64(new TextEncoder().encode('plain text')) })).toEqual({ refused: { code: 'not-docx', detail: { name: 'notes.docx' } } });
  });

  it('reads a Word document as a draft as the window did with the whole library, and gives a refused file its reason', async () => {
    const index = indexCorpus(mergeLibrary(await loadBundledCorpus(), EMPTY_LIBRARY));
    const bytes = await buildSampleWordDocument(index);
    const outcome = await host.readWordDraft({ name: 'proposal.docx', base64: encodeBase64(bytes) });
    expect(outcome).toEqual({ draft: await readWordDraft(bytes, { index, checker: createPrecedentChecker(index), fileName: 'proposal.docx' }) });
    expect(await host.readWordDraft({ name: 'notes.docx', base64: encodeBase64(new TextEncoder().encode('plain text')) })).toEqual({ refused: { code: 'not-docx', detail: { name: 'notes.docx' } } });
  });

  it('gives paragraphs by id with their family, and refuses a request that is not a list of ids or asks too many', async () => {
    const index = indexCorpus(mergeLibrary(await loadBundledCorpus(), EMPTY_LIBRARY));
    const subItem = index.corpus.paragraphs.find((paragraph) => paragraph.parentId !== null && paragraph.childIds.length === 0)!;
    const { paragraphs, rows } = await host.paragraphsWithFamily({ ids: [subItem.id, 'nowhere#1'] });
    const ids = paragraphs.map((paragraph) => paragraph.id);
    expect(ids).toContain(subItem.id);
    expect(ids).toContain(subItem.parentId);
    expect(ids).not.toContain('nowhere#1');
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    await expect(host.paragraphsWithFamily({ ids: 'x' as unknown as string[] })).rejects.toMatchObject({ code: 'request.invalid' });
    await expect(host.paragraphsWithFamily({ ids: Array.from({ length: 5001 }, (_, n) => `x#${n}`) })).rejects.toMatchObject({ code: 'request.invalid' });
  });

  it('refuses what is not a list of paragraphs in French or English, or too many at once', async () => {
    await expect(host.checkDraftParagraphs({ texts: 'un texte' as unknown as string[], lang: 'fr' })).rejects.toThrow(/"texts"/);
    await expect(host.checkDraftParagraphs({ texts: ['un texte'], lang: 'de' as 'fr' })).rejects.toThrow(/"lang"/);
    await expect(host.checkDraftParagraphs({ texts: Array.from({ length: 51 }, () => 'un texte'), lang: 'fr' })).rejects.toThrow(/At most 50/);
  });
});
