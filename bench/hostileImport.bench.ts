import { performance } from 'node:perf_hooks';
import { englishReportFixture } from '../shared/import/fixtures/englishReportFixture';
import { manyPagePdf, zipBombDocx } from '../shared/import/fixtures/hostileFiles';
import { fixtureAsDocx } from '../shared/import/fixtures/renderFixture';
import { importFile } from '../shared/import/importFile';
import { IMPORT_LIMITS } from '../shared/import/importLimits';

const MB = 1024 * 1024;

/**
 * Hostile imports at full size, with the default limits (IMPORT_LIMITS): how fast, and with how
 * much memory, each is refused. Before the limits, a 100 MB zip bomb took 185 s and 4.28 GB and a
 * 150,000-page PDF ran past 60 s at 848 MB (issue 16). Memory is the process's peak resident set
 * growth during the refusal.
 */
export default async function hostileImportBench(): Promise<void> {
  const report = await fixtureAsDocx(englishReportFixture());
  console.log(`limits: ${IMPORT_LIMITS.docxXmlBytes / MB} MB of Word XML, ${IMPORT_LIMITS.docxEntries} zip parts, ${IMPORT_LIMITS.pdfPages} PDF pages`);
  await refusal('zip bomb, 100 MB declared', await zipBombDocx(report, 100 * MB));
  await refusal('zip bomb, 100 MB, directory says 1 kB', await zipBombDocx(report, 100 * MB, 1000));
  await refusal('PDF of 150,000 pages', manyPagePdf(150_000));
}

async function refusal(label: string, bytes: Uint8Array): Promise<void> {
  const name = label.startsWith('PDF') ? 'hostile.pdf' : 'hostile.docx';
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const outcome = await importFile({ name, bytes }).then(
    () => 'imported (not refused!)',
    (error: unknown) => `refused (${(error as { code?: string }).code ?? String(error)})`,
  );
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS * 1024;
  const growth = Math.max(0, peak - Math.max(peakBefore, rssBefore));
  console.log(`${label} (${(bytes.length / 1024).toFixed(0)} KiB): ${outcome} in ${ms.toFixed(0)} ms, peak memory +${(growth / MB).toFixed(0)} MB`);
}
