import { $isListNode } from '@lexical/list';
import { $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalEditor, type NodeKey } from 'lexical';

/** Where a text node's characters sit in the text of the element around it. */
export interface TextSegment {
  key: NodeKey;
  start: number;
  end: number;
}

/** The CSS Custom Highlight API marks text without touching the DOM the editor owns (Chromium 105+, so Electron too). */
export function supportsCustomHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function firstTextNode(node: Node): Text | null {
  let current: Node | null = node;
  while (current && current.nodeType !== Node.TEXT_NODE) current = current.firstChild;
  return current as Text | null;
}

/** DOM ranges over an element's characters [start, end), one per text node they cross, for CSS custom highlights. */
export function domRanges(editor: LexicalEditor, segments: readonly TextSegment[], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const segment of segments) {
    if (segment.end <= start || segment.start >= end) continue;
    const element = editor.getElementByKey(segment.key);
    const text = element && firstTextNode(element);
    if (!text) continue;
    const range = document.createRange();
    range.setStart(text, Math.min(text.length, Math.max(start, segment.start) - segment.start));
    range.setEnd(text, Math.min(text.length, Math.min(end, segment.end) - segment.start));
    ranges.push(range);
  }
  return ranges;
}

/** An element's text as the check reads it (a line break is '\n', citations add nothing), with where each text node sits in it. */
export function $readTextSegments(element: ElementNode): { text: string; segments: TextSegment[] } {
  const read = { text: '', segments: [] as TextSegment[] };
  collectText(element, read);
  return read;
}

function collectText(element: ElementNode, read: { text: string; segments: TextSegment[] }): void {
  for (const child of element.getChildren()) {
    if ($isTextNode(child)) {
      const text = child.getTextContent();
      read.segments.push({ key: child.getKey(), start: read.text.length, end: read.text.length + text.length });
      read.text += text;
    } else if ($isLineBreakNode(child)) {
      read.text += '\n';
    } else if ($isElementNode(child) && !$isListNode(child)) {
      collectText(child, read);
    }
  }
}
