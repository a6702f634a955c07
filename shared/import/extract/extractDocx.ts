import JSZip from 'jszip';
import mammoth from 'mammoth';
import { SYMBOL } from '../detect/readMetadata';
import { ImportError } from '../ImportError';

/**
 * Raw text of a .docx (never its HTML): one line per Word paragraph, a blank line between them, as
 * mammoth gives it; headers, footers and footnotes are not part of it. The page header is where
 * UN documents print their symbol, so a symbol found there is put first, as a running header.
 * mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both are given.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('not-docx', `${fileName} is not a Word document (.docx), whatever its name says.`, { name: fileName });
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const [result, symbols] = await Promise.all([
      mammoth.extractRawText({ arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer }),
      headerSymbols(arrayBuffer),
    ]);
    return [...symbols, result.value].join('\n\n');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
}

async function headerSymbols(arrayBuffer: ArrayBuffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(arrayBuffer);
  const headers = zip.file(/^word\/header\d*\.xml$/);
  const texts = await Promise.all(headers.map((file) => file.async('string')));
  const symbols = texts.flatMap((xml) => {
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
    return text.match(new RegExp(SYMBOL.source, 'g')) ?? [];
  });
  return [...new Set(symbols)];
}
