import { walkWordXml, type WordElement } from '../docx/wordXml';
import { parseProvenanceTag, type ProvenanceTag } from './provenanceTag';

/** A stretch of a paragraph with one formatting, one tracked change and one content control. */
export interface WordPiece {
  text: string;
  bold: boolean;
  italic: boolean;
  change: { kind: 'insertion' | 'deletion'; author: string } | null;
  /** Index in `WordRuns.controls` of the provenance control the piece lies in. */
  control: number | null;
  /** A footnote or endnote call (its text is ''). */
  note: { kind: 'footnote' | 'endnote'; id: string } | null;
}

export interface WordRunParagraph {
  style: string | null;
  /** Numbered or bulleted by Word; `level` is its list level, `numId` the list it belongs to (word/numbering.xml). */
  list: { level: number; numId: string | null } | null;
  pieces: WordPiece[];
  commentIds: string[];
}

export interface WordRuns {
  paragraphs: WordRunParagraph[];
  /**
   * Inline content controls, in document order: the tag we wrote, or null for a control without
   * one (LibreOffice keeps the controls but drops their tags; another program's tag is not ours either).
   */
  controls: (ProvenanceTag | null)[];
}

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);
const PROPERTIES = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'sdtPr']);
const isOn = (element: WordElement) => !['0', 'false', 'off'].includes(element.attribute('val') ?? 'true');

/**
 * document.xml as runs, which the paragraph reader of the check (shared/docx/readBody) does not
 * keep: formatting, the tracked change each piece lies in, and our content controls. Same walker,
 * same rules (text boxes and mc:Fallback skipped, tables' paragraphs read in order).
 */
export function readWordRuns(xml: string): WordRuns {
  const paragraphs: WordRunParagraph[] = [];
  const controls: (ProvenanceTag | null)[] = [];
  const stack: WordElement[] = [];
  const changes: { kind: 'insertion' | 'deletion'; author: string }[] = [];
  /** Open w:sdt elements: the control index for ours, null for any other. */
  const sdts: (number | null)[] = [];
  let pendingTag: ProvenanceTag | null = null;
  let current: WordRunParagraph | null = null;
  let paragraphDepth = 0;
  let fallback = 0;
  let properties = 0;
  let format = { bold: false, italic: false };

  const control = () => {
    for (let i = sdts.length - 1; i >= 0; i--) if (sdts[i] !== null) return sdts[i]!;
    return null;
  };
  const piece = (text: string, note: WordPiece['note'] = null) => {
    if (!current || (text === '' && !note)) return;
    const change = changes.at(-1) ?? null;
    const last = current.pieces.at(-1);
    const at = control();
    if (!note && last && !last.note && last.bold === format.bold && last.italic === format.italic && last.change === change && last.control === at) last.text += text;
    else current.pieces.push({ text, ...format, change, control: at, note });
  };

  walkWordXml(xml, {
    open(element) {
      const parent = stack.at(-1);
      stack.push(element);
      if (element.fallback) fallback += 1;
      const name = element.word;
      if (name === null || fallback > 0) return;
      if (name === 'sdt') sdts.push(null);
      if (parent?.word === 'sdtPr' && name === 'tag') pendingTag = parseProvenanceTag(element.attribute('val') ?? '');
      if (name === 'sdtContent' && paragraphDepth === 1) {
        controls.push(pendingTag);
        sdts[sdts.length - 1] = controls.length - 1;
      }
      if (name === 'sdtContent') pendingTag = null;
      if (name === 'p') {
        paragraphDepth += 1;
        if (paragraphDepth === 1) current = { style: null, list: null, pieces: [], commentIds: [] };
        return;
      }
      if (PROPERTIES.has(name)) properties += 1;
      if (!current || paragraphDepth !== 1) return;
      if (parent?.word === 'pPr' && name === 'pStyle') current.style = element.attribute('val');
      if (parent?.word === 'pPr' && name === 'numPr') current.list ??= { level: 0, numId: null };
      if (parent?.word === 'numPr' && name === 'ilvl' && current.list) current.list.level = Number(element.attribute('val')) || 0;
      if (parent?.word === 'numPr' && name === 'numId' && current.list) current.list.numId = element.attribute('val');
      const inRunProperties = parent?.word === 'rPr' && stack.at(-3)?.word === 'r';
      if (inRunProperties && name === 'b') format.bold = isOn(element);
      if (inRunProperties && name === 'i') format.italic = isOn(element);
      if (properties > 0) return;
      if (name === 'r') format = { bold: false, italic: false };
      else if ((INSERTED.has(name) || DELETED.has(name)) && !element.selfClosing) {
        changes.push({ kind: INSERTED.has(name) ? 'insertion' : 'deletion', author: element.attribute('author')?.trim() || '?' });
      } else if (name === 'tab') piece('\t');
      else if (name === 'br' || name === 'cr') piece('\n');
      else if (name === 'noBreakHyphen') piece('\u2011');
      else if (name === 'footnoteReference' || name === 'endnoteReference') {
        const id = element.attribute('id');
        if (id !== null) piece('', { kind: name === 'footnoteReference' ? 'footnote' : 'endnote', id });
      } else if (name === 'commentRangeStart' || name === 'commentReference') {
        const id = element.attribute('id');
        if (id !== null && !current.commentIds.includes(id)) current.commentIds.push(id);
      }
    },
    close(element) {
      stack.pop();
      const name = element.word;
      if (element.fallback) fallback -= 1;
      if (name === null || fallback > 0) return;
      if (name === 'sdt') sdts.pop();
      if (PROPERTIES.has(name)) properties -= 1;
      if (name === 'p') {
        if (paragraphDepth === 1 && current) paragraphs.push(current);
        if (paragraphDepth === 1) current = null;
        paragraphDepth -= 1;
      }
      if (current && properties === 0 && (INSERTED.has(name) || DELETED.has(name)) && !element.selfClosing) changes.pop();
    },
    text(text) {
      const top = stack.at(-1)?.word;
      if (!current || paragraphDepth !== 1 || fallback > 0 || properties > 0) return;
      if (top === 't' || top === 'delText') piece(text);
    },
  });
  return { paragraphs, controls };
}
