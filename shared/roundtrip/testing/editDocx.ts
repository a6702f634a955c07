import JSZip from 'jszip';

/**
 * Edits of an exported .docx as a delegate makes them in Word, written straight into its XML (the
 * markup Word itself writes), for the round-trip tests.
 */
export async function editDocument(bytes: Uint8Array, edit: (documentXml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const CONTROL = /<w:sdt>.*?<\/w:sdt>/gs;

function nthControl(xml: string, n: number): { start: number; end: number; xml: string } {
  const match = [...xml.matchAll(CONTROL)][n];
  if (!match) throw new Error(`The document has no content control ${n}`);
  return { start: match.index, end: match.index + match[0].length, xml: match[0] };
}

/** Replaces `from` by `to` in the text of content control `n` (0-based), as typing over a word does. */
export function changeWordInControl(xml: string, n: number, from: string, to: string): string {
  const control = nthControl(xml, n);
  if (!control.xml.includes(from)) throw new Error(`Control ${n} does not say "${from}"`);
  return xml.slice(0, control.start) + control.xml.replace(from, to) + xml.slice(control.end);
}

/** "Remove content control": the text and its footnote stay, the control goes. */
export function removeControl(xml: string, n: number): string {
  const control = nthControl(xml, n);
  const content = /<w:sdtContent>(.*)<\/w:sdtContent>/s.exec(control.xml)?.[1] ?? '';
  return xml.slice(0, control.start) + content + xml.slice(control.end);
}

/** Inserts runs just before the closing tag of content control `n`'s text (before its citation when `beforeCitation`). */
export function insertIntoControl(xml: string, n: number, runsXml: string): string {
  const control = nthControl(xml, n);
  const at = control.xml.indexOf('<w:r>', control.xml.indexOf('<w:sdtContent>'));
  return xml.slice(0, control.start) + control.xml.slice(0, at) + runsXml + control.xml.slice(at) + xml.slice(control.end);
}

export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function insertion(text: string, author: string, id = 901): string {
  return `<w:ins w:id="${id}" w:author="${author}" w:date="2026-06-03T10:00:00Z">${run(text)}</w:ins>`;
}

export function deletion(text: string, author: string, id = 902): string {
  return `<w:del w:id="${id}" w:author="${author}" w:date="2026-06-03T10:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
}

/** Adds a paragraph of the given style at the end of the body. */
export function appendParagraph(xml: string, style: string, contentXml: string): string {
  const at = xml.lastIndexOf('<w:sectPr');
  return `${xml.slice(0, at)}<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${contentXml}</w:p>${xml.slice(at)}`;
}

/** Appends runs at the end of the body paragraph whose text contains `containing`. */
export function appendToParagraph(xml: string, containing: string, contentXml: string): string {
  const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)];
  const found = paragraphs.find((match) => match[0].includes(containing));
  if (!found) throw new Error(`No paragraph says "${containing}"`);
  const end = found.index + found[0].length - '</w:p>'.length;
  return xml.slice(0, end) + contentXml + xml.slice(end);
}
