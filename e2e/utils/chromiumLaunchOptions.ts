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
    // This Chromium builds its address bar's popup as web pages, loaded with every new page (a
    // trace showed some 30 of its scripts fetched and run as our page started): browser chrome that
    // no test sees and that Electron does not have, which took 0.3–0.4 s from each page's start here.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  ],
};
