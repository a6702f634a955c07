import { walkWordXml } from './wordXml';

export interface NotePartEntry {
  id: string;
  author: string | null;
  /** Accepted text, its paragraphs joined by a space. */
  text: string;
}

/**
 * The entries of footnotes.xml, endnotes.xml (`footnote`, `endnote`) or comments.xml (`comment`):
 * their ids and text, deleted text left out. Word's separator "notes" are not notes: skipped.
 */
export function readNotePart(xml: string, entry: 'footnote' | 'endnote' | 'comment'): NotePartEntry[] {
  const entries: NotePartEntry[] = [];
  let current: NotePartEntry | null = null;
  let paragraphs: string[] = [];
  let top: string | null = null;
  let deleted = 0;
  walkWordXml(xml, {
    open(element) {
      top = element.word;
      if (element.word === entry) {
        const type = element.attribute('type');
        current = type && type !== 'normal' ? null : { id: element.attribute('id') ?? '', author: element.attribute('author'), text: '' };
        paragraphs = [];
      } else if (current && element.word === 'p') paragraphs.push('');
      else if (current && (element.word === 'del' || element.word === 'moveFrom') && !element.selfClosing) deleted += 1;
      else if (current && element.word === 'tab' && deleted === 0 && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += '\t';
    },
    close(element) {
      top = null;
      if ((element.word === 'del' || element.word === 'moveFrom') && !element.selfClosing && deleted > 0) deleted -= 1;
      if (element.word === entry && current) {
        current.text = paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean).join(' ');
        entries.push(current);
        current = null;
      }
    },
    text(text) {
      if (current && top === 't' && deleted === 0 && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
    },
  });
  return entries;
}
