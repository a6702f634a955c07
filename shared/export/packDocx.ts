import { Packer, type Document } from 'docx';

/** `uint8array` output works alike in Node and in the browser (Packer.toBuffer is Node-only). */
export function packDocx(document: Document): Promise<Uint8Array> {
  return Packer.pack(document, 'uint8array');
}
