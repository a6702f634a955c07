import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishReportFixture } from './fixtures/englishReportFixture';
import { fixtureAsDocx, fixtureAsText } from './fixtures/renderFixture';
import { ImportError, type ImportErrorCode } from './ImportError';
import { MAX_IMPORT_BYTES } from './importLimits';
import { importFile } from './importFile';

let workDir: string;
const pdfs: Record<'encrypted' | 'textless' | 'long', Uint8Array> = {} as never;

/** LibreOffice's PDF export, with export options (a password) when given. */
async function docxToPdf(docx: Uint8Array, name: string, filterOptions?: object): Promise<Uint8Array> {
  const profile = pathToFileURL(join(workDir, `profile-${name}`)).href;
  await writeFile(join(workDir, `${name}.docx`), docx);
  const filter = filterOptions ? `pdf:writer_pdf_Export:${JSON.stringify(filterOptions)}` : 'pdf';
  await promisify(execFile)('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', filter, '--outdir', workDir, join(workDir, `${name}.docx`)]);
  return new Uint8Array(await readFile(join(workDir, `${name}.pdf`)));
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'import-bad-'));
  const report = await fixtureAsDocx(englishReportFixture());
  pdfs.encrypted = await docxToPdf(report, 'encrypted', {
    EncryptFile: { type: 'boolean', value: 'true' },
    DocumentOpenPassword: { type: 'string', value: 'secret' },
  });
  // What a scan looks like to a text reader: pages and no text layer.
  pdfs.textless = await docxToPdf(await Packer.pack(new Document({ sections: [{ children: [new Paragraph(''), new Paragraph('')] }] }), 'uint8array'), 'textless');
  pdfs.long = await docxToPdf(await fixtureAsDocx(englishReportFixture({ extraRecommendations: 120 })), 'long');
}, 120_000);

afterAll(() => rm(workDir, { recursive: true, force: true }));

async function refusal(name: string, bytes: Uint8Array): Promise<ImportErrorCode> {
  const error = await importFile({ name, bytes }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  // The message names the file, for whoever reads it in a log.
  expect((error as ImportError).message).toContain(name);
  return (error as ImportError).code;
}

const text = (value: string) => new TextEncoder().encode(value);

describe('files that cannot be imported are refused with their reason', () => {
  it('an empty file', async () => {
    expect(await refusal('empty.docx', new Uint8Array())).toBe('empty');
    expect(await refusal('blank.txt', text('  \n\n '))).toBe('empty');
  });

  it('a file beyond the size limit, before anything is read', async () => {
    expect(await refusal('huge.pdf', new Uint8Array(MAX_IMPORT_BYTES + 1))).toBe('too-large');
  });

  it('a format the desk does not read', async () => {
    expect(await refusal('report.rtf', text('{\\rtf1 1. States parties}'))).toBe('unsupported-format');
  });

  it('a .docx that is really something else', async () => {
    expect(await refusal('renamed-text.docx', text('1. This is a text file with a .docx name.'))).toBe('not-docx');
    expect(await refusal('renamed-pdf.docx', pdfs.textless)).toBe('not-docx');
    const zip = new JSZip();
    zip.file('readme.txt', 'A zip archive, not a Word document.');
    expect(await refusal('archive.docx', await zip.generateAsync({ type: 'uint8array' }))).toBe('docx-unreadable');
  });

  it('a .pdf that is not a PDF', async () => {
    expect(await refusal('report.pdf', text('1. Not a PDF at all.'))).toBe('not-pdf');
  });

  it('a password-protected PDF', async () => {
    expect(await refusal('protected.pdf', pdfs.encrypted)).toBe('pdf-encrypted');
  });

  it('a scanned PDF with no text layer', async () => {
    expect(await refusal('scan.pdf', pdfs.textless)).toBe('pdf-no-text');
  });

  it('a binary file named .txt', async () => {
    expect(await refusal('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))).toBe('not-text');
  });

  it('a text that is not a report', async () => {
    const recipe = 'Pancakes\n\n1. Mix the flour with the eggs.\n\n2. Add the milk slowly and whisk.\n\n3. Cook on a hot pan.';
    expect(await refusal('recipe.txt', text(recipe))).toBe('not-a-report');
  });

  it('a report without numbered paragraphs', async () => {
    const report = 'Working Group on the Smuggling of Migrants\n\nI. Introduction\n\nThe Working Group met in Vienna and discussed its future work.';
    expect(await refusal('notes.txt', text(report))).toBe('no-numbered-paragraphs');
  });
});

describe('progress and cancellation', () => {
  it('reports progress page by page, up to the end, and reads every page', async () => {
    const seen: number[] = [];
    const draft = await importFile({ name: 'long.pdf', bytes: pdfs.long }, { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    // Paragraphs 9 to 128 open with the same words on every page: they are text, not a running header.
    const numbers = draft.paragraphs.filter((p) => p.locator.items.length === 0).map((p) => p.locator.number);
    expect(numbers).toEqual(Array.from({ length: 129 }, (_, i) => i + 1));
  });

  it('stops reading a PDF when cancelled between pages', async () => {
    const controller = new AbortController();
    let pagesRead = 0;
    const outcome = importFile({ name: 'long.pdf', bytes: pdfs.long }, {
      signal: controller.signal,
      onProgress: () => {
        pagesRead += 1;
        controller.abort();
      },
    });
    await expect(outcome).rejects.toMatchObject({ code: 'cancelled' });
    expect(pagesRead).toBe(1);
  });

  it('does not start when cancelled beforehand', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFile({ name: 'fixture.txt', bytes: text(fixtureAsText(englishReportFixture())) }, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
