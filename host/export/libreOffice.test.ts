import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../shared/corpus/corpusIndex';
import { buildCompilationDocx } from '../../shared/export/buildCompilationDocx';
import { buildDraftDocx } from '../../shared/export/buildDraftDocx';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';
import { convertToPdf, hasExecutable, pdfText } from './libreOffice';
import { sampleExportDraft } from './testing/sampleExportDraft';
import { sampleNegotiatingDraft } from './testing/sampleNegotiatingDraft';

const hasSoffice = hasExecutable('soffice');
const hasPdftotext = hasExecutable('pdftotext');

describe('exported documents in LibreOffice', () => {
  it.runIf(hasSoffice)('open and convert to PDF: a draft with footnotes and annex, its bilingual version, a compilation, the views of a negotiating text', async () => {
    const index = indexCorpus(await loadBundledCorpus());
    const draft = sampleExportDraft(index, 6);
    const negotiating = sampleNegotiatingDraft(index);
    const folder = await mkdtemp(join(tmpdir(), 'docx-libreoffice-'));
    try {
      const files = {
        draft: [join(folder, 'draft.docx'), await buildDraftDocx(index, draft, { sourcesAnnex: true, changes: 'marked' })],
        bilingual: [join(folder, 'bilingual.docx'), await buildDraftDocx(index, draft, { bilingual: true })],
        compilation: [join(folder, 'compilation.docx'), await buildCompilationDocx(index, { themeId: 'enfants' }, { lang: 'en', groupBy: 'theme' })],
        bracketed: [join(folder, 'bracketed.docx'), await buildDraftDocx(index, negotiating, { view: 'bracketed' })],
        compilationView: [join(folder, 'compilation-view.docx'), await buildDraftDocx(index, negotiating, { view: 'compilation' })],
        clean: [join(folder, 'clean.docx'), await buildDraftDocx(index, negotiating, { view: 'clean' })],
      } as const;
      for (const [path, bytes] of Object.values(files)) await writeFile(path, bytes);
      // One LibreOffice start-up for every file: it takes seconds.
      const [draftPdf, bilingualPdf, compilationPdf, bracketedPdf, compilationViewPdf, cleanPdf] = await convertToPdf(Object.values(files).map(([path]) => path), folder);
      if (!hasPdftotext || !draftPdf || !bilingualPdf || !compilationPdf || !bracketedPdf || !compilationViewPdf || !cleanPdf) return;

      const firstQuote = draft.content.operative.flatMap((paragraph) => paragraph.runs).find((run) => run.type === 'precedent');
      const firstWords = firstQuote?.type === 'precedent' ? firstQuote.text.split(' ').slice(0, 6).join(' ') : '';
      const text = await pdfText(draftPdf);
      expect(text).toContain(draft.title);
      // Word numbering, rendered by LibreOffice: the first operative paragraph is numbered 1.
      expect(text).toContain(`1. ${firstWords}`);
      expect(text).toContain('CTOC/COP/WG.7/2012/6, par. 4');
      expect(text).toContain('Sources');

      const bilingual = await pdfText(bilingualPdf);
      expect(bilingual).toContain('Français English');
      expect(bilingual).toContain('No English version available');
      expect(bilingual).toContain('CTOC/COP/WG.7/2012/6, para. 4');

      expect(await pdfText(compilationPdf)).toContain('Compilation of agreed language: Children');

      const bracketed = await pdfText(bracketedPdf);
      expect(bracketed).toContain('[UE : renforcer [encore] (à revoir) la coopération] [Mexique, suppr. : rapidement]');
      expect(bracketed).toContain('OP2 Alt 2 (Mexique)');
      expect(bracketed).toContain('CTOC/COP/WG.7/2012/6, par. 25');
      // pdftotext reads a table column by column.
      const compilationView = await pdfText(compilationViewPdf);
      for (const words of ['Paragraphe PP1 OP1 OP2 Alt 1 OP2 Alt 2 OP3', 'Texte et propositions', 'Auteurs', 'UE, Mexique', 'convenu ad ref.']) expect(compilationView).toContain(words);
      // Numbered by LibreOffice through the operative style: the clean text renumbers.
      expect(await pdfText(cleanPdf)).toContain('2. Les États devraient agir sans délai.');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000); // LibreOffice alone takes 20 s and more on a loaded two-core machine; convertToPdf allows it 120 s.
});
