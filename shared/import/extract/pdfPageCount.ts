const COUNT = [...'/Count'].map((char) => char.charCodeAt(0));

/**
 * The largest `/Count N` a PDF states in plain text: the page count of its page tree (outline
 * entries also carry a /Count, never near a report's page count). Read from the bytes without
 * parsing the document, so a PDF of 150,000 pages is refused in milliseconds; 0 when no count is
 * in plain text (a page tree inside a compressed object stream), which the parsed count covers.
 */
export function statedPageCount(bytes: Uint8Array): number {
  let largest = 0;
  for (let at = bytes.indexOf(COUNT[0]!); at >= 0; at = bytes.indexOf(COUNT[0]!, at + 1)) {
    if (!COUNT.every((code, offset) => bytes[at + offset] === code)) continue;
    let cursor = at + COUNT.length;
    while (isSpace(bytes[cursor])) cursor++;
    let value = 0;
    let digits = 0;
    for (; isDigit(bytes[cursor]); cursor++, digits++) value = value * 10 + bytes[cursor]! - 0x30;
    if (digits > 0 && value > largest) largest = value;
  }
  return largest;
}

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;
