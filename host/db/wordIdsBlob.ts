import type { WordIds } from '../../shared/check/precedentIndex';

/** A precedent's word ids as one blob: loose and exact ids (32-bit, the machine's byte order), then sentence starts. */
export function wordIdsBlob(ids: WordIds): Buffer {
  const count = ids.loose.length;
  const blob = Buffer.alloc(count * 9);
  blob.set(new Uint8Array(ids.loose.buffer, ids.loose.byteOffset, count * 4), 0);
  blob.set(new Uint8Array(ids.exact.buffer, ids.exact.byteOffset, count * 4), count * 4);
  blob.set(ids.start, count * 8);
  return blob;
}

export function wordIdsOfBlob(blob: Uint8Array): WordIds {
  const count = blob.length / 9;
  // Copied: a blob read from SQLite need not start on a 4-byte boundary.
  const bytes = blob.slice();
  return { loose: new Int32Array(bytes.buffer, 0, count), exact: new Int32Array(bytes.buffer, count * 4, count), start: bytes.subarray(count * 8) };
}
