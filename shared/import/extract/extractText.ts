import { type CancelSignal, ImportError, throwIfCancelled } from '../ImportError';
import { IMPORT_LIMITS, type ImportLimits } from '../importLimits';
import type { ImportFile, ImportFormat } from '../model';
import { decodeText } from './decodeText';
import { extractDocx } from './extractDocx';
import { extractPdf } from './extractPdf';

export interface ExtractedText {
  format: ImportFormat;
  text: string;
  /** Pages of a PDF; null for the other formats. */
  pages: number | null;
}

export interface ExtractOptions {
  signal?: CancelSignal;
  /** 0 to 1, as extraction goes (page by page for a PDF). */
  onProgress?: (fraction: number) => void;
  /** IMPORT_LIMITS unless given (tests prove the refusals with small ones). */
  limits?: Partial<ImportLimits>;
}

export function importFormatOf(fileName: string): ImportFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'docx' || extension === 'pdf' || extension === 'txt' || extension === 'md') return extension;
  if (extension === 'markdown') return 'md';
  return null;
}

/** The text of a file the user chose to import, or an ImportError saying why there is none. */
export async function extractText(file: ImportFile, options: ExtractOptions = {}): Promise<ExtractedText> {
  const format = importFormatOf(file.name);
  if (format === null) {
    throw new ImportError('unsupported-format', `${file.name}: only .docx, .pdf, .txt and .md files can be imported.`, { name: file.name });
  }
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  checkSize(file.name, file.bytes.length, limits.fileBytes);
  throwIfCancelled(options.signal);
  let text: string;
  let pages: number | null = null;
  if (format === 'pdf') {
    ({ text, pages } = await extractPdf(file.bytes, file.name, limits.pdfPages, options.signal, options.onProgress));
  } else if (format === 'docx') {
    text = await extractDocx(file.bytes, file.name, limits);
  } else {
    text = decodeText(file.bytes, file.name);
  }
  throwIfCancelled(options.signal);
  options.onProgress?.(1);
  if (!text.trim()) throw new ImportError('empty', `${file.name} holds no text.`, { name: file.name });
  return { format, text, pages };
}

function checkSize(name: string, bytes: number, limit: number): void {
  if (bytes === 0) throw new ImportError('empty', `${name} is empty.`, { name });
  if (bytes > limit) {
    throw new ImportError('too-large', `${name} is larger than ${limit / 1024 / 1024} MB; reports are far smaller.`, { name, limitMb: limit / 1024 / 1024 });
  }
}
