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

const hasSoffice = hasExecutable('soffice');
const hasPdftotext = hasExecutable('pdftotext');

describe('exported documents in LibreOffice', () => {
  it.runIf(hasSoffice)('open and convert to PDF: a draft with footnotes and annex, its bilingual version, a compilation', async () => {
    const index = indexCorpus(await loadBundledCorpus());
    const draft = sampleExportDraft(index, 6);
    const folder = await mkdtemp(join(tmpdir(), 'docx-libreoffice-'));
    try {
      const files = {
        draft: [join(folder, 'draft.docx'), await buildDraftDocx(index, draft, { sourcesAnnex: true, changes: 'marked' })],
        bilingual: [join(folder, 'bilingual.docx'), await buildDraftDocx(index, draft, { bilingual: true })],
        compilation: [join(folder, 'compilation.docx'), await buildCompilationDocx(index, { themeId: 'enfants' }, { lang: 'en', groupBy: 'theme' })],
      } as const;
      for (const [path, bytes] of Object.values(files)) await writeFile(path, bytes);
      const [draftPdf, bilingualPdf, compilationPdf] = await convertToPdf(Object.values(files).map(([path]) => path), folder);
      if (!hasPdftotext || !draftPdf || !bilingualPdf || !compilationPdf) return;

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
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
