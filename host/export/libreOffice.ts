import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether `name` is an executable on PATH, without running it (soffice takes a second to start). */
export function hasExecutable(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 120_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${stderr.trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

/** Runs one headless LibreOffice on `paths` with its own profile (a profile shared with a running LibreOffice blocks the conversion). */
async function convert(paths: readonly string[], outDir: string, target: string, extension: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', target, '--outdir', outDir, ...paths]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const outputs = paths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, extension)));
  for (const output of outputs) {
    await access(output).catch(() => {
      throw new Error(`LibreOffice wrote no ${output}: it could not open the document.`);
    });
  }
  return outputs;
}

/**
 * Converts .docx files to PDF with headless LibreOffice, all in one start-up (with `withComments`,
 * their Word comments as PDF annotations).
 */
export function convertToPdf(docxPaths: readonly string[], outDir: string, options: { withComments?: boolean } = {}): Promise<string[]> {
  // Word comments become PDF annotations only when asked for (LibreOffice's ExportNotes filter option).
  return convert(docxPaths, outDir, options.withComments ? 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' : 'pdf', '.pdf');
}

/** Opens .docx files in LibreOffice and saves them again as .docx into `outDir` (what a delegate using LibreOffice sends back). */
export function resaveAsDocx(docxPaths: readonly string[], outDir: string): Promise<string[]> {
  return convert(docxPaths, outDir, 'docx:MS Word 2007 XML', '.docx');
}

/** The PDF's text (poppler's pdftotext), whitespace, non-breaking spaces included, folded to single spaces. */
export async function pdfText(pdfPath: string): Promise<string> {
  return (await run('pdftotext', [pdfPath, '-'])).replace(/\s+/gu, ' ');
}

/** The text of each page of the PDF, its lines kept (pdftotext ends every page with a form feed). */
export async function pdfPageTexts(pdfPath: string): Promise<string[]> {
  const pages = (await run('pdftotext', [pdfPath, '-'])).split('\f');
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}
