import { useEffect } from 'react';

/** Room kept below the caret's line when it is scrolled back into view. */
const MARGIN_PX = 8;

/**
 * The inspector under the draft takes room from the text when it grows (the word-level changes
 * shown), and so does a smaller window: the caret pushed below the text's visible part is
 * scrolled back into view.
 */
export function useCaretKeptInView(scrollArea: HTMLElement | null, inspector: HTMLElement | null): void {
  useEffect(() => {
    if (!scrollArea || !inspector) return;
    const observer = new ResizeObserver(() => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || !scrollArea.contains(selection.anchorNode)) return;
      const caret = selection.getRangeAt(0).getBoundingClientRect();
      const visible = scrollArea.getBoundingClientRect();
      if (caret.height > 0 && caret.bottom > visible.bottom) scrollArea.scrollTop += caret.bottom - visible.bottom + MARGIN_PX;
    });
    observer.observe(inspector);
    observer.observe(scrollArea);
    return () => observer.disconnect();
  }, [scrollArea, inspector]);
}
