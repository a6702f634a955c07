import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { convertToPdf, hasExecutable } from '../host/export/libreOffice';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { alignImport } from '../shared/import/alignImport';
import { englishReportFixture } from '../shared/import/fixtures/englishReportFixture';
import { fixtureAsDocx } from '../shared/import/fixtures/renderFixture';
import { importFile } from '../shared/import/importFile';
import { createThemeSuggester } from '../shared/import/suggestThemes';
import { formatFigures, formatMs } from './support/percentiles';

const RUNS = 5;

/**
 * Import of a 60-paragraph report (the English test fixture grown to 60 numbered paragraphs) as
 * .docx and as .pdf: extraction and detection, then alignment and theme suggestions for the preview.
 * The first run includes loading the Word or PDF reader; the median is over the runs after it.
 */
export default async function importBench(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'import-bench-'));
  try {
    const report = englishReportFixture({ extraRecommendations: 51 });
    const docx = await fixtureAsDocx(report);
    await writeFile(join(workDir, 'report.docx'), docx);
    const files: [string, Uint8Array][] = [['report.docx', docx]];
    if (hasExecutable('soffice')) {
      const [pdf] = await convertToPdf([join(workDir, 'report.docx')], workDir);
      files.push(['report.pdf', new Uint8Array(await readFile(pdf!))]);
    } else console.log('soffice not installed: no PDF figure');

    const index = indexCorpus(await loadBundledCorpus());
    const suggest = createThemeSuggester(index.corpus);
    for (const [name, bytes] of files) {
      const times: number[] = [];
      let first = 0;
      let paragraphs = 0;
      for (let run = 0; run <= RUNS; run++) {
        const start = performance.now();
        const draft = await importFile({ name, bytes });
        alignImport(index, draft.metadata, draft.paragraphs);
        for (const paragraph of draft.paragraphs.filter((p) => p.adopted)) suggest(paragraph.text, draft.metadata.lang);
        const elapsed = performance.now() - start;
        if (run === 0) first = elapsed;
        else times.push(elapsed);
        paragraphs = draft.paragraphs.filter((p) => p.locator.items.length === 0).length;
      }
      console.log(`${name}: ${paragraphs} numbered paragraphs, ${(bytes.length / 1024).toFixed(0)} KiB; first ${formatMs(first, 0)}, then ${formatFigures(times, { show: ['median'], digits: 0 })} over ${RUNS} runs`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
