import type { Page } from '@playwright/test';
import { E2E_APP_PATH } from './testServer';

/** Opens the desk the way a user does: the printed address, token included. The Electron window is already open. */
export async function openApp(page: Page): Promise<void> {
  if (page.url().startsWith('app:')) {
    await page.waitForLoadState('domcontentloaded');
    return;
  }
  await page.goto(E2E_APP_PATH);
}
