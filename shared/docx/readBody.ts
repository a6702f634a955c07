import type { TrackedChange } from './model';
import { walkWordXml, type WordElement } from './wordXml';

/** A top-level paragraph of document.xml as read, before notes and structure are added. */
export interface BodyParagraph {
  text: string;
  textBefore: string;
  changes: TrackedChange[];
  notes: { kind: 'footnote' | 'endnote'; id: string; at: number }[];
  commentIds: string[];
  style: string | null;
  numbered: boolean;
  /** The first run with text is italic (how UN documents set the participle opening a preambular clause). */
  startsItalic: boolean;
  /** Where markup may go in document.xml: after the paragraph's properties, and at its closing tag; null for `<w:p/>`. */
  contentStart: number | null;
  end: number | null;
}

/** Elements whose content is a tracked insertion or deletion (w:ins/w:del inside properties only mark formatting). */
const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);
const PROPERTIES = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr']);

function emptyParagraph(contentStart: number | null): BodyParagraph {
  return { text: '', textBefore: '', changes: [], notes: [], commentIds: [], style: null, numbered: false, startsItalic: false, contentStart, end: null };
}

/**
 * The body's paragraphs in order (table cells included), each with both states of its tracked
 * changes. Paragraphs inside text boxes are part of a drawing, not of the text: skipped.
 */
export function readBody(xml: string): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  const stack: WordElement[] = [];
  let current: BodyParagraph | null = null;
  let paragraphDepth = 0;
  let properties = 0;
  let fallback = 0;
  let inserted = 0;
  let deleted = 0;
  /** Open tracked changes, innermost last (a deletion inside another reviewer's insertion). */
  const openChanges: TrackedChange[] = [];
  let runItalic = false;
  let sawText = false;

  const reading = () => current !== null && paragraphDepth === 1 && properties === 0 && fallback === 0;
  const add = (text: string, state: 'both' | 'after' | 'before' | 'neither') => {
    if (!current || text === '') return;
    const change = openChanges[openChanges.length - 1];
    if (change) change.text += text;
    if (state === 'neither') return;
    if (state !== 'before') current.text += text;
    if (state !== 'after') current.textBefore += text;
    if (!sawText && text.trim()) {
      current.startsItalic = runItalic;
      sawText = true;
    }
  };
  // Text inserted by one reviewer and deleted by another is in neither state.
  const state = (): 'both' | 'after' | 'before' | 'neither' => (deleted > 0 && inserted > 0 ? 'neither' : deleted > 0 ? 'before' : inserted > 0 ? 'after' : 'both');

  walkWordXml(xml, {
    open(element, position) {
      const parent = stack[stack.length - 1];
      stack.push(element);
      if (element.fallback) fallback += 1;
      const name = element.word;
      if (name === null) return;
      if (name === 'p') {
        paragraphDepth += 1;
        if (paragraphDepth === 1 && fallback === 0) {
          current = emptyParagraph(element.selfClosing ? null : position);
          sawText = false;
        }
        return;
      }
      if (PROPERTIES.has(name)) properties += 1;
      if (!current || paragraphDepth !== 1 || fallback > 0) return;
      if (parent?.word === 'pPr' && name === 'pStyle') current.style = element.attribute('val');
      if (parent?.word === 'pPr' && name === 'numPr') current.numbered = true;
      if (parent?.word === 'rPr' && name === 'i') runItalic = !['0', 'false', 'off'].includes(element.attribute('val') ?? 'true');
      if (properties > 0) return;
      if (name === 'r') runItalic = false;
      if (!element.selfClosing && (INSERTED.has(name) || DELETED.has(name))) {
        if (INSERTED.has(name)) inserted += 1;
        else deleted += 1;
        const change: TrackedChange = { kind: INSERTED.has(name) ? 'insertion' : 'deletion', author: element.attribute('author'), date: element.attribute('date'), text: '' };
        openChanges.push(change);
        current.changes.push(change);
      } else if (name === 'tab') add('\t', state());
      else if (name === 'br' || name === 'cr') add('\n', state());
      else if (name === 'noBreakHyphen') add('\u2011', state());
      else if ((name === 'footnoteReference' || name === 'endnoteReference') && deleted === 0) {
        const id = element.attribute('id');
        if (id !== null) current.notes.push({ kind: name === 'footnoteReference' ? 'footnote' : 'endnote', id, at: current.text.length });
      } else if (name === 'commentRangeStart' || name === 'commentReference') {
        const id = element.attribute('id');
        if (id !== null && !current.commentIds.includes(id)) current.commentIds.push(id);
      }
    },
    close(element, position) {
      stack.pop();
      if (element.fallback) fallback -= 1;
      const name = element.word;
      if (name === null) return;
      if (PROPERTIES.has(name)) {
        properties -= 1;
        if (name === 'pPr' && current && paragraphDepth === 1 && properties === 0) current.contentStart = position;
      }
      if (name === 'p') {
        if (paragraphDepth === 1 && current && fallback === 0) {
          if (!element.selfClosing) current.end = xml.lastIndexOf('</', position - 1);
          current.changes = current.changes.filter((each) => each.text !== '');
          paragraphs.push(current);
          current = null;
        }
        paragraphDepth -= 1;
      }
      if (current && paragraphDepth === 1 && properties === 0 && (INSERTED.has(name) || DELETED.has(name)) && !element.selfClosing) {
        if (INSERTED.has(name)) inserted -= 1;
        else deleted -= 1;
        openChanges.pop();
      }
    },
    text(text) {
      const top = stack[stack.length - 1]?.word;
      if (!reading()) return;
      if (top === 't') add(text, state());
      else if (top === 'delText') add(text, inserted > 0 ? 'neither' : 'before');
    },
  });
  return paragraphs;
}
