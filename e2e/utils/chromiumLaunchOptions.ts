import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium (see ENVIRONMENT.md); elsewhere Playwright's own, after `npx playwright install chromium`. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The one list of browser flags, shared by the e2e specs (playwright.config.ts) and the browser benches. */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
