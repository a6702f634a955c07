import type JSZip from 'jszip';
import type { WordParagraph } from '../../docx/model';
import { readWordParts } from '../../docx/readWordDocument';
import { SYMBOL } from '../detect/readMetadata';
import { ImportError } from '../ImportError';
import type { ImportLimits } from '../importLimits';
import { readDocxParts } from './readDocxParts';

/**
 * Raw text of a .docx: one line per Word paragraph (tracked changes accepted), a blank line
 * between them, read by the Word XML reader (shared/docx) from the parts inflated within the
 * limits; a table row is one line, its cells separated by tabs, as a text extraction of the
 * printed table gives it (the compendium's thematic index is such a table). Headers, footers and
 * footnotes are not part of it. The page header is where UN
 * documents print their symbol, so a symbol found there is put first, as a running header.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string, limits: Pick<ImportLimits, 'docxXmlBytes' | 'docxEntries'>): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('not-docx', `${fileName} is not a Word document (.docx), whatever its name says.`, { name: fileName });
  }
  try {
    const parts = await readDocxParts(bytes, fileName, limits);
    const [document, symbols] = await Promise.all([readWordParts(parts, fileName), headerSymbols(parts)]);
    return [...symbols, ...textLines(document.paragraphs)].join('\n\n');
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
}

function textLines(paragraphs: readonly WordParagraph[]): string[] {
  const lines: string[] = [];
  let rowKey: string | null = null;
  let cells: string[] = [];
  for (const { text, cell } of paragraphs) {
    if (!cell) {
      rowKey = null;
      lines.push(text);
      continue;
    }
    const key = `${cell.table}:${cell.row}`;
    if (key !== rowKey) {
      rowKey = key;
      cells = [];
      lines.push('');
    }
    // The paragraphs of one cell are one cell of the line.
    const before = cells[cell.column];
    cells[cell.column] = before ? `${before} ${text}` : text;
    lines[lines.length - 1] = Array.from(cells, (each) => each ?? '').join('\t');
  }
  return lines;
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
