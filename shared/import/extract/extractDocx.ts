import type JSZip from 'jszip';
import { readWordParts } from '../../docx/readWordDocument';
import { SYMBOL } from '../detect/readMetadata';
import { ImportError } from '../ImportError';
import type { ImportLimits } from '../importLimits';
import { readDocxParts } from './readDocxParts';

/**
 * Raw text of a .docx: one line per Word paragraph (tracked changes accepted), a blank line
 * between them, read by the Word XML reader (shared/docx) from the parts inflated within the
 * limits; headers, footers and footnotes are not part of it. The page header is where UN
 * documents print their symbol, so a symbol found there is put first, as a running header.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string, limits: Pick<ImportLimits, 'docxXmlBytes' | 'docxEntries'>): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('not-docx', `${fileName} is not a Word document (.docx), whatever its name says.`, { name: fileName });
  }
  try {
    const parts = await readDocxParts(bytes, fileName, limits);
    const [document, symbols] = await Promise.all([readWordParts(parts, fileName), headerSymbols(parts)]);
    return [...symbols, ...document.paragraphs.map((paragraph) => paragraph.text)].join('\n\n');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
}

async function headerSymbols(parts: JSZip): Promise<string[]> {
  const headers = parts.file(/^word\/header\d*\.xml$/);
  const texts = await Promise.all(headers.map((file) => file.async('string')));
  const symbols = texts.flatMap((xml) => {
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
    return text.match(new RegExp(SYMBOL.source, 'g')) ?? [];
  });
  return [...new Set(symbols)];
}
