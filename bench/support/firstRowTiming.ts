import type { Page } from '@playwright/test';

type Timed = { firstRowPaintedAt?: number };

/**
 * Notes, in the page, when its first precedent row is painted: the frame after the row enters the
 * page, from navigation start. Timed in the page, not when Playwright sees the row: its polling
 * waits behind whatever the window runs next (the draft pane), which is not the row's time.
 */
export async function watchFirstRow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[role="row"][data-paragraph-id]')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => ((window as Timed).firstRowPaintedAt = performance.now()), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** After `watchFirstRow` and navigation: waits for the first row, and gives when it was painted (ms). */
export async function firstRowPaintedAt(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(() => (window as Timed).firstRowPaintedAt, undefined, { timeout });
  return (await handle.jsonValue()) as number;
}
