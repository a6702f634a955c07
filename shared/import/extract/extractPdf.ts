import { type CancelSignal, ImportError, throwIfCancelled } from '../ImportError';
import { assemblePdfLines, type PdfPage } from './pdfLines';
import { statedPageCount } from './pdfPageCount';

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Text of a PDF, page by page (progress after each page, cancellation between pages). pdfjs runs
 * its worker code on this thread: no worker file to serve, nothing the window's security policy
 * would have to allow, and the same code in the browser and in Node. Fonts are never loaded or
 * evaluated; only the text layer is read, so a scanned PDF has none. A PDF of more than `maxPages`
 * pages is refused from the count its bytes state, else from its parsed page tree, before any page is read.
 */
export async function extractPdf(bytes: Uint8Array, fileName: string, maxPages: number, signal?: CancelSignal, onProgress?: (fraction: number) => void): Promise<PdfText> {
  if (!isPdf(bytes)) throw new ImportError('not-pdf', `${fileName} is not a PDF file.`, { name: fileName });
  checkPageCount(statedPageCount(bytes), maxPages, fileName);
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  throwIfCancelled(signal);

  // pdfjs takes ownership of the buffer it is given; the caller's bytes stay intact.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ImportError('pdf-encrypted', `${fileName} is protected by a password; save an unprotected copy and import that.`, { name: fileName });
    }
    throw new ImportError('not-pdf', `${fileName} could not be read as a PDF: ${(error as Error).message}`, { name: fileName, reason: (error as Error).message });
  }
  try {
    // The page tree as parsed, before any page is read: the count stated in plain text may be missing.
    checkPageCount(document.numPages, maxPages, fileName);
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      throwIfCancelled(signal);
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        'str' in item ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.hypot(item.transform[2] as number, item.transform[3] as number) }] : [],
      );
      pages.push({ height: page.view[3]! - page.view[1]!, runs });
      page.cleanup();
      onProgress?.(number / document.numPages);
    }
    const text = assemblePdfLines(pages);
    if (!/\p{L}{2}/u.test(text)) {
      throw new ImportError('pdf-no-text', `${fileName} has no text layer (a scanned document?): there is no text to import.`, { name: fileName });
    }
    return { text, pages: document.numPages };
  } finally {
    await document.destroy();
  }
}

function checkPageCount(pages: number, maxPages: number, fileName: string): void {
  if (pages > maxPages) {
    throw new ImportError('pdf-too-many-pages', `${fileName} has ${pages} pages; reports have far fewer than ${maxPages}.`, { name: fileName, pages, limit: maxPages });
  }
}

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte, where readers look for it.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
