import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base } from '@playwright/test';
import { installedElectronPath } from './electronApp';
import { E2E_RUNS_DIR } from './testServer';

export const ELECTRON_PROJECT = 'electron';

/**
 * Specs import `test` from here so they run unchanged against both hosts: in the `electron`
 * project (only where its binary is installed) `page` is the app's window, started on a fresh
 * data folder for each test; elsewhere it is a Chromium page on the web mode.
 */
export const test = base.extend({
  page: async ({ page }, use, testInfo) => {
    if (testInfo.project.name !== ELECTRON_PROJECT) {
      await use(page);
      return;
    }
    await mkdir(E2E_RUNS_DIR, { recursive: true });
    const dataDir = await mkdtemp(join(E2E_RUNS_DIR, 'electron-'));
    const app = await _electron.launch({
      executablePath: installedElectronPath() ?? undefined,
      args: [fileURLToPath(new URL('../../', import.meta.url))],
      env: { ...(process.env as Record<string, string>), PRECEDENT_DESK_DATA: dataDir },
    });
    try {
      await use(await app.firstWindow());
    } finally {
      await app.close();
    }
  },
});

export { expect } from '@playwright/test';
