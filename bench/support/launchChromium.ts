import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../e2e/utils/chromiumLaunchOptions';

/** The browser and flags of the e2e specs, so bench figures come from the same Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}
