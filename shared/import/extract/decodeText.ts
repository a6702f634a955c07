import { ImportError } from '../ImportError';

type Decoder = new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/** Browsers and Node both provide TextDecoder; shared code is compiled without their type libraries. */
const TextDecoderClass = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

/**
 * Text of a .txt or .md file: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is
 * read as Windows-1252, the usual encoding of texts saved by older Windows tools. Bytes with NUL
 * characters outside UTF-16 are a binary file renamed, not text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoderClass('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoderClass('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new ImportError('not-text', `${fileName} is not a text file (it holds binary data).`, { name: fileName });
  }
  try {
    return new TextDecoderClass('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoderClass('windows-1252').decode(bytes);
  }
}
