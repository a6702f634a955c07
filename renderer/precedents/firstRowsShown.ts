import { useEffect, useState } from 'react';
import { markStartup } from '../app/startupMarks';

let shown = false;
let noted = false;
let markShown: () => void = () => undefined;

/**
 * Resolves once the precedents table has shown its first page (or failed to get it): the draft
 * pane and what else can wait start after it, so they never hold back the first rows.
 */
export const firstRowsShown = new Promise<void>((resolve) => {
  markShown = () => {
    shown = true;
    resolve();
  };
});

/** Called once the rows are in the page: what waits for them starts after the frame that paints them. */
export function noteFirstRowsShown(): void {
  if (noted) return;
  noted = true;
  markStartup('firstRowsInPage');
  requestAnimationFrame(() => setTimeout(markShown, 0));
}

/** Whether the first rows are on screen: what renders only once they are. */
export function useFirstRowsShown(): boolean {
  const [isShown, setShown] = useState(shown);
  useEffect(() => {
    if (!isShown) void firstRowsShown.then(() => setShown(true));
  }, [isShown]);
  return isShown;
}
