import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { convertToPdf, hasExecutable, pdfText } from '../host/export/libreOffice';
import { sampleExportDraft } from '../host/export/testing/sampleExportDraft';
import { sampleNegotiatingDraft } from '../host/export/testing/sampleNegotiatingDraft';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { buildCompilationDocx } from '../shared/export/buildCompilationDocx';
import { buildDraftDocx } from '../shared/export/buildDraftDocx';

/**
 * Opens .docx files in headless LibreOffice and converts them to PDF: the given files, or sample
 * exports (draft with footnotes and annex, bilingual table, compilation, the three views of a
 * negotiating text). Prints where the PDFs
 * are and the start of their text; exits 1 if LibreOffice is missing or cannot open one.
 *
 *   npx tsx scripts/check-docx-libreoffice.ts [FILE.docx...]
 */
async function sampleFiles(folder: string): Promise<string[]> {
  const index = indexCorpus(await loadBundledCorpus());
  const draft = sampleExportDraft(index, 12);
  const files: [string, Uint8Array][] = [
    ['draft.docx', await buildDraftDocx(index, draft, { sourcesAnnex: true, changes: 'marked' })],
    ['bilingual.docx', await buildDraftDocx(index, draft, { bilingual: true })],
    ['compilation.docx', await buildCompilationDocx(index, { themeId: 'enfants' }, { lang: 'en', groupBy: 'theme' })],
  ];
  for (const view of ['bracketed', 'compilation', 'clean'] as const) {
    files.push([`negotiation-${view}.docx`, await buildDraftDocx(index, sampleNegotiatingDraft(index), { view, changes: 'marked' })]);
  }
  for (const [name, bytes] of files) await writeFile(join(folder, name), bytes);
  return files.map(([name]) => join(folder, name));
}

if (!hasExecutable('soffice')) {
  console.error('soffice not found: install LibreOffice (Debian: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils).');
  process.exit(1);
}
const folder = await mkdtemp(join(tmpdir(), 'check-docx-'));
const inputs = process.argv.length > 2 ? process.argv.slice(2).map((path) => resolve(path)) : await sampleFiles(folder);
try {
  const pdfs = await convertToPdf(inputs, folder);
  for (const pdf of pdfs) {
    const excerpt = hasExecutable('pdftotext') ? ` — ${(await pdfText(pdf)).slice(0, 160).trim()}…` : '';
    console.log(`ok ${pdf}${excerpt}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
