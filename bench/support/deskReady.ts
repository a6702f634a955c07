import type { Page } from '@playwright/test';

/**
 * Waits until the desk is whole, as a delegate sees it ready to use: the table's first rows, the
 * sidebar's counts, the draft open in its editor. Typing earlier times the start's own work (the
 * draft pane's code, the draft read and drawn, the host's first counts) as much as the keys.
 */
export async function deskReady(page: Page): Promise<void> {
  await page.waitForSelector('[role="row"][data-paragraph-id]', { timeout: 60_000 });
  await page.waitForSelector('.browser__sidebar[aria-busy="false"]', { timeout: 60_000 });
  await page.waitForSelector('[role="textbox"][contenteditable="true"]', { timeout: 300_000 });
}
