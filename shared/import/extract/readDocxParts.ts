import JSZip from 'jszip';
import { ImportError } from '../ImportError';
import type { ImportLimits } from '../importLimits';
import { readZipDirectory } from './zipDirectory';

/** What the text is read from: the XML parts and their relationships. Media, fonts and embedded files are never inflated. */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

type DocxLimits = Pick<ImportLimits, 'docxXmlBytes' | 'docxEntries'>;

/**
 * The XML parts of a .docx, inflated within the limits. The zip directory's sizes are checked
 * first, so a zip bomb is refused before anything is inflated; as the directory can lie, the
 * bytes actually inflated are counted too and inflation stops at the limit.
 */
export async function readDocxParts(bytes: Uint8Array, fileName: string, limits: DocxLimits): Promise<JSZip> {
  const directory = readZipDirectory(bytes);
  if (!directory) throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: its zip directory is missing or damaged.`, { name: fileName, reason: 'zip directory missing or damaged' });
  if (directory.length > limits.docxEntries) throw tooLarge(fileName, limits, `lists ${directory.length} parts`);
  const declared = directory.filter((entry) => isXmlPart(entry.name)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.docxXmlBytes) throw tooLarge(fileName, limits, `declares ${megabytes(declared)} of text`);

  const zip = await JSZip.loadAsync(bytes);
  const parts = new JSZip();
  let budget = limits.docxXmlBytes;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !isXmlPart(file.name)) continue;
    const data = await inflateWithin(file, budget);
    if (data === null) throw tooLarge(fileName, limits, 'inflates beyond what its zip directory declares');
    budget -= data.length;
    parts.file(file.name, data);
  }
  return parts;
}

/** JSZip's chunked reader (StreamHelper), missing from its type declarations; it works in the browser and in Node. */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', listener: (error: Error) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  pause(): void;
  resume(): void;
}

/** The entry's bytes, or null as soon as they pass the budget (the rest is never inflated). */
function inflateWithin(file: JSZip.JSZipObject, budget: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (size > budget) return;
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          resolve(null);
        } else chunks.push(chunk);
      })
      .on('error', reject)
      .on('end', () => {
        if (size > budget) return;
        const data = new Uint8Array(size);
        let at = 0;
        for (const chunk of chunks) {
          data.set(chunk, at);
          at += chunk.length;
        }
        resolve(data);
      })
      .resume();
  });
}

const megabytes = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'a Zip64 size');

function tooLarge(fileName: string, limits: DocxLimits, why: string): ImportError {
  const limitMb = limits.docxXmlBytes / 1024 / 1024;
  return new ImportError('docx-too-large', `${fileName} ${why}; a Word report holds far less than ${limitMb} MB of text and ${limits.docxEntries} parts.`, { name: fileName, limitMb });
}
