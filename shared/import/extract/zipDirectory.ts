/** One file of a zip archive as its central directory declares it (nothing is inflated). */
export interface ZipDirectoryEntry {
  name: string;
  /** Infinity for a Zip64 entry, whose real size sits in an extra field: no report needs one. */
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_MARK = 0xffffffff;

/**
 * The entries a zip's central directory lists, read from its end record, or null when the bytes
 * hold no readable directory. Sizes are what the archive claims: the inflated bytes can differ.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // Zip64 archives mark their counts and offsets this way; no Word file needs one.
  if (count === 0xffff || directoryOffset === ZIP64_MARK) return [{ name: '(Zip64 directory)', uncompressedSize: Infinity }];
  const entries: ZipDirectoryEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return null;
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, uncompressedSize: size === ZIP64_MARK ? Infinity : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD_LENGTH;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_LENGTH; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
