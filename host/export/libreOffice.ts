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

/**
 * Converts .docx files to PDF with headless LibreOffice, all in one start-up (with `withComments`,
 * their Word comments as PDF annotations). Each run gets a
 * profile folder of its own: a profile shared with a running LibreOffice blocks the conversion.
 */
export async function convertToPdf(docxPaths: readonly string[], outDir: string, options: { withComments?: boolean } = {}): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  // Word comments become PDF annotations only when asked for (LibreOffice's ExportNotes filter option).
  const target = options.withComments ? 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' : 'pdf';
  try {
    await run('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', target, '--outdir', outDir, ...docxPaths]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = docxPaths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, '.pdf')));
  for (const pdf of pdfs) {
    await access(pdf).catch(() => {
      throw new Error(`LibreOffice wrote no ${pdf}: it could not open the document.`);
    });
  }
  return pdfs;
}

/** The PDF's text (poppler's pdftotext), whitespace, non-breaking spaces included, folded to single spaces. */
export async function pdfText(pdfPath: string): Promise<string> {
  return (await run('pdftotext', [pdfPath, '-'])).replace(/\s+/gu, ' ');
}
