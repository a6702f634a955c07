import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishReportFixture } from './fixtures/englishReportFixture';
import { manyPagePdf, zipBombDocx } from './fixtures/hostileFiles';
import { fixtureAsDocx } from './fixtures/renderFixture';
import { ImportError } from './ImportError';
import { importFile } from './importFile';
import { IMPORT_LIMITS } from './importLimits';
import { statedPageCount } from './extract/pdfPageCount';
import { readZipDirectory } from './extract/zipDirectory';

const MB = 1024 * 1024;
/** Small limits, so a few megabytes prove the refusals; the figures at full size are in bench/import.bench.ts. */
const limits = { docxXmlBytes: 1 * MB, pdfPages: 3 };
let report: Uint8Array;

beforeAll(async () => {
  report = await fixtureAsDocx(englishReportFixture());
});

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await importFile({ name, bytes }, { limits }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('a .docx that inflates to more than a report holds', () => {
  it('is refused from its zip directory, before anything is inflated', async () => {
    const bomb = await zipBombDocx(report, 4 * MB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(readZipDirectory(bomb)?.find((entry) => entry.name === 'word/padding.xml')?.uncompressedSize).toBe(4 * MB);
    const error = await refusal('bomb.docx', bomb);
    expect(error).toMatchObject({ code: 'docx-too-large', detail: { name: 'bomb.docx', limitMb: 1 } });
    expect(error.message).toContain('declares 4.0 MB of text');
  });

  it('is refused once the inflated bytes pass the limit when the directory understates them', async () => {
    const liar = await zipBombDocx(report, 4 * MB, 1000);
    expect(readZipDirectory(liar)?.find((entry) => entry.name === 'word/padding.xml')?.uncompressedSize).toBe(1000);
    const error = await refusal('liar.docx', liar);
    expect(error.code).toBe('docx-too-large');
    expect(error.message).toContain('inflates beyond what its zip directory declares');
  });

  it('does not count or inflate pictures and other media, which the text does not need', async () => {
    const zip = await JSZip.loadAsync(report);
    zip.file('word/media/scan.png', new Uint8Array(4 * MB));
    const illustrated = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const draft = await importFile({ name: 'illustrated.docx', bytes: illustrated }, { limits });
    expect(draft.paragraphs.length).toBeGreaterThan(5);
  });

  it('is refused as unreadable when cut short, before its zip directory', async () => {
    const error = await refusal('cut.docx', report.subarray(0, report.length - 100));
    expect(error).toMatchObject({ code: 'docx-unreadable', detail: { reason: 'zip directory missing or damaged' } });
  });

  it('is refused when its directory lists more parts than a Word file has', async () => {
    const error = await importFile({ name: 'parts.docx', bytes: report }, { limits: { docxEntries: 5 } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'docx-too-large' });
    expect((error as Error).message).toMatch(/lists \d+ parts/);
  });
});

describe('a PDF of more pages than a report has', () => {
  it('is refused from its page count, before any page is read', async () => {
    let progress = 0;
    const error = await importFile({ name: 'long.pdf', bytes: manyPagePdf(5) }, { limits, onProgress: () => progress++ }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'pdf-too-many-pages', detail: { name: 'long.pdf', pages: 5, limit: 3 } });
    expect(progress).toBe(0);
  });

  it('states its page count in plain text, read without parsing the document', () => {
    expect(statedPageCount(manyPagePdf(5))).toBe(5);
    expect(statedPageCount(new TextEncoder().encode('%PDF-1.4\n/Type/Pages/Count\n 12/Kids[]'))).toBe(12);
    expect(statedPageCount(new TextEncoder().encode('%PDF-1.4\n/Counter 9'))).toBe(0);
  });

  it('is read when within the limit', async () => {
    const draft = await importFile({ name: 'short.pdf', bytes: manyPagePdf(3) }, { limits });
    expect(draft.paragraphs[0]?.text).toMatch(/^The Working Group recommended/);
  });

  it('has default limits far above any report', () => {
    expect(IMPORT_LIMITS.pdfPages).toBeGreaterThanOrEqual(1000);
    expect(IMPORT_LIMITS.docxXmlBytes).toBeGreaterThanOrEqual(8 * MB);
  });
});
