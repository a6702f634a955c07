export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** A file name for the save dialog from the draft's title: safe on every system, never empty. */
export function docxFileName(title: string, fallback = 'draft'): string {
  const base = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120).trim();
  return `${base === '' ? fallback : base}.docx`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 without Buffer or btoa, so the renderer and Node share it (saveFile takes base64). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET.charAt((triple >> 18) & 63) + ALPHABET.charAt((triple >> 12) & 63);
    out += b === undefined ? '=' : ALPHABET.charAt((triple >> 6) & 63);
    out += c === undefined ? '=' : ALPHABET.charAt(triple & 63);
  }
  return out;
}
