import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../../host/corpus/loadBundledCorpus';
import { paragraphsOf, readDocxParts } from '../../host/export/testing/readDocx';
import { indexCorpus } from '../corpus/corpusIndex';
import { compilationSaveRequest, draftSaveRequest } from './saveRequests';

describe('save requests for DeskHost.saveFile', () => {
  it('carry the Word document as base64 under a name from the draft title', async () => {
    const index = indexCorpus(await loadBundledCorpus());
    const draft = {
      title: 'Projet 6/3',
      lang: 'fr' as const,
      citationStyle: 'footnote' as const,
      content: { preamble: [], operative: [{ style: 'body' as const, runs: [{ type: 'text' as const, text: 'Décide de poursuivre ses travaux.' }] }] },
    };
    const request = await draftSaveRequest(index, draft, { bilingual: true });
    expect(request.suggestedName).toBe('Projet 6 3 (FR-EN).docx');
    expect(request.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const parts = await readDocxParts(Buffer.from(request.base64, 'base64'));
    expect(paragraphsOf(parts.document).map((paragraph) => paragraph.text)).toContain('Décide de poursuivre ses travaux.');

    // A view of the negotiating text chosen in the dialog is named after it, in the export's language.
    expect((await draftSaveRequest(index, draft, { view: 'compilation' })).suggestedName).toBe('Projet 6 3 (compilation).docx');
    expect((await draftSaveRequest(index, draft, { view: 'clean', lang: 'en' })).suggestedName).toBe('Projet 6 3 (clean text).docx');
    expect((await draftSaveRequest(index, draft)).suggestedName).toBe('Projet 6 3.docx');

    const compilation = await compilationSaveRequest(index, { paragraphIds: ['CTOC/COP/WG.7/2012/6#25'] }, { lang: 'en', groupBy: 'document' });
    expect(compilation.suggestedName).toBe('Compilation of agreed language.docx');
    expect(paragraphsOf((await readDocxParts(Buffer.from(compilation.base64, 'base64'))).document)[0]?.text).toBe('Compilation of agreed language');

    // A theme's compilation is named after the theme, as its title is.
    const theme = index.corpus.themes.find((candidate) => candidate.label.fr === 'Appui consulaire et diplomatique');
    const themed = await compilationSaveRequest(index, { themeId: theme?.id ?? '' }, { lang: 'fr', groupBy: 'theme' });
    expect(themed.suggestedName).toBe('Compilation de textes agréés Appui consulaire et diplomatique.docx');
  });
});
