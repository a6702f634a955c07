import JSZip from 'jszip';

/** The XML parts of a .docx that tests inspect (a missing part reads as an empty string). */
export interface DocxParts {
  document: string;
  footnotes: string;
  styles: string;
  numbering: string;
}

export async function readDocxParts(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return {
    document: await part('word/document.xml'),
    footnotes: await part('word/footnotes.xml'),
    styles: await part('word/styles.xml'),
    numbering: await part('word/numbering.xml'),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** The text of a piece of WordprocessingML: its w:t elements, in order. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1] ?? '')).join('');
}

export interface DocxParagraph {
  style: string | null;
  text: string;
  xml: string;
}

/** Every w:p in the XML (body, table cells, footnotes), in order. Generated XML never nests them. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>.*?<\/w:p>)/gs)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? null,
    text: textOf(paragraph),
    xml: paragraph,
  }));
}

export interface DocxRun {
  text: string;
  xml: string;
}

export function runsOf(xml: string): DocxRun[] {
  return [...xml.matchAll(/<w:r>.*?<\/w:r>/gs)].map(([run]) => ({ text: textOf(run), xml: run }));
}

/**
 * Footnote id to its text without the space that follows the note's number; the separator notes
 * Word requires (ids -1 and 0) are left out.
 */
export function footnotesOf(footnotesXml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of footnotesXml.matchAll(/<w:footnote(?: w:type="[^"]*")? w:id="(-?\d+)">(.*?)<\/w:footnote>/gs)) {
    const id = Number(match[1]);
    if (id > 0) notes.set(id, textOf(match[2] ?? '').trimStart());
  }
  return notes;
}

/** Footnote ids in the order the document calls them. */
export function footnoteReferencesOf(xml: string): number[] {
  return [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]));
}

/** Rows of the first table, each a list of cell XML. */
export function tableRowsOf(documentXml: string): string[][] {
  const table = /<w:tbl>.*?<\/w:tbl>/s.exec(documentXml)?.[0] ?? '';
  return [...table.matchAll(/<w:tr(?:\s[^>]*)?>.*?<\/w:tr>/gs)].map(([row]) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => cell));
}

/** The style ids styles.xml defines. */
export function styleIdsOf(stylesXml: string): string[] {
  return [...stylesXml.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1] ?? '');
}
