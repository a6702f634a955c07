import type { HighlightKind } from './highlightRanges';

/** A range of one block's text to mark, and how. */
export interface KindRange {
  kind: HighlightKind;
  range: Range;
}

/** The marks of one block (paragraph, heading or list item), with its element in the editor. */
export interface BlockMarks {
  element: Element;
  ranges: readonly KindRange[];
}

export interface VisibleMarks {
  /** The marks of the whole draft, in place of the previous ones; only blocks in or near the view are drawn. */
  show(blocks: readonly BlockMarks[]): void;
  /** Takes the marks away and stops watching the blocks. */
  stop(): void;
}

/**
 * How far beyond the scrolled view blocks keep their marks: a few wheel steps bring them in already
 * marked; further out, marks would add to each keystroke's cost again.
 */
const NEAR_VIEW = '25% 0px';

/**
 * Draws a block's marks only while it is in or near the view of `scroller` (null: the window).
 * After any change to the DOM, a keystroke included, Chromium takes down every custom highlight's
 * marks, sets them again and repaints the text under them: a keystroke cost as much more as the
 * whole draft had marks. Now it costs only the marks of the blocks in view.
 */
export function startVisibleMarks(highlights: Readonly<Record<HighlightKind, Highlight>>, scroller: Element | null): VisibleMarks {
  let marks = new Map<Element, readonly KindRange[]>();
  // What the observer last said of each block; one it has not seen yet is drawn (it may be in view) until it says.
  const near = new Map<Element, boolean>();

  const draw = (ranges: readonly KindRange[]) => {
    for (const { kind, range } of ranges) highlights[kind].add(range);
  };
  const erase = (ranges: readonly KindRange[]) => {
    for (const { kind, range } of ranges) highlights[kind].delete(range);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        near.set(target, isIntersecting);
        const ranges = marks.get(target);
        if (ranges) (isIntersecting ? draw : erase)(ranges);
      }
    },
    { root: scroller, rootMargin: NEAR_VIEW },
  );

  return {
    show(blocks) {
      const next = new Map(blocks.map((block) => [block.element, block.ranges]));
      for (const [element, ranges] of marks) {
        erase(ranges);
        if (next.has(element)) continue;
        observer.unobserve(element);
        near.delete(element);
      }
      for (const [element, ranges] of next) {
        observer.observe(element);
        if (near.get(element) ?? true) draw(ranges);
      }
      marks = next;
    },
    stop() {
      observer.disconnect();
      for (const ranges of marks.values()) erase(ranges);
      marks = new Map();
    },
  };
}

/** The nearest element around `element` (itself included) that scrolls its content; null when the window does. */
export function scrollingAncestor(element: Element | null): Element | null {
  for (let current = element; current; current = current.parentElement) {
    const { overflowY } = getComputedStyle(current);
    if (overflowY === 'auto' || overflowY === 'scroll') return current;
  }
  return null;
}
