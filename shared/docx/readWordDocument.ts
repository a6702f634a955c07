import type JSZip from 'jszip';
import { readDocxParts } from '../import/extract/readDocxParts';
import { ImportError } from '../import/ImportError';
import { IMPORT_LIMITS, type ImportLimits } from '../import/importLimits';
import type { WordDocument, WordParagraph } from './model';
import { paragraphPart } from './paragraphPart';
import { readBody } from './readBody';
import { readNotePart, type NotePartEntry } from './readNotePart';

export const DOCUMENT_PART = 'word/document.xml';

async function partText(parts: JSZip, name: string): Promise<string | null> {
  return (await parts.file(name)?.async('string')) ?? null;
}

async function entries(parts: JSZip, name: string, entry: 'footnote' | 'endnote' | 'comment'): Promise<Map<string, NotePartEntry>> {
  const xml = await partText(parts, name);
  return new Map((xml ? readNotePart(xml, entry) : []).map((found) => [found.id, found]));
}

/** Parses the XML parts of a .docx already inflated within the limits (see readDocxParts). */
export async function readWordParts(parts: JSZip, fileName: string): Promise<WordDocument> {
  const body = await partText(parts, DOCUMENT_PART);
  if (body === null) throw new ImportError('docx-unreadable', `${fileName} is a zip file but not a Word document: it has no ${DOCUMENT_PART}.`, { name: fileName, reason: `no ${DOCUMENT_PART}` });
  try {
    const [footnotes, endnotes, comments] = await Promise.all([
      entries(parts, 'word/footnotes.xml', 'footnote'),
      entries(parts, 'word/endnotes.xml', 'endnote'),
      entries(parts, 'word/comments.xml', 'comment'),
    ]);
    const paragraphs = readBody(body).map((paragraph, position): WordParagraph => ({
      position,
      text: paragraph.text,
      textBefore: paragraph.textBefore,
      changes: paragraph.changes,
      notes: paragraph.notes.map((note) => ({ ...note, text: (note.kind === 'footnote' ? footnotes : endnotes).get(note.id)?.text ?? '' })),
      commentIds: paragraph.commentIds,
      style: paragraph.style,
      numbered: paragraph.numbered,
      part: paragraphPart(paragraph.text, paragraph.numbered, paragraph.startsItalic),
    }));
    return { paragraphs, comments: [...comments.values()].map(({ id, author, text }) => ({ id, author, text })) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
}

/**
 * A .docx read from its XML: paragraphs in order with their tracked changes, notes and comments.
 * Refuses what is not a .docx, or one beyond the import limits, with an ImportError.
 */
export async function readWordDocument(bytes: Uint8Array, fileName: string, limits: Pick<ImportLimits, 'docxXmlBytes' | 'docxEntries'> = IMPORT_LIMITS): Promise<WordDocument> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportError('not-docx', `${fileName} is not a Word document (.docx), whatever its name says.`, { name: fileName });
  }
  let parts: JSZip;
  try {
    parts = await readDocxParts(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('docx-unreadable', `${fileName} could not be read as a Word document: ${reason}`, { name: fileName, reason });
  }
  return readWordParts(parts, fileName);
}
