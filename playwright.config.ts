import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/utils/chromiumLaunchOptions';
import { electronSkipReason } from './e2e/utils/electronApp';
import { ELECTRON_PROJECT } from './e2e/utils/fixtures';
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT, E2E_RUNS_DIR, E2E_TOKEN, isRunnerProcess } from './e2e/utils/testServer';

// Data folders of finished runs; an hour leaves alone a run still going in another terminal.
if (isRunnerProcess) {
  for (const name of safeReaddir(E2E_RUNS_DIR)) {
    const path = join(E2E_RUNS_DIR, name);
    if (Date.now() - statSync(path).mtimeMs > 60 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

const electronSkipped = electronSkipReason();
const withElectron = electronSkipped === null;
// Said once, by the runner, so a green run never hides that the app's own window went untested.
if (isRunnerProcess && electronSkipped) console.log(`Electron end-to-end project skipped: ${electronSkipped}.`);

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export default defineConfig({
  testDir: 'e2e',
  // Two cores shared with the web server: one worker is the fastest here.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? 'line' : 'list',
  projects: [
    { name: 'chromium' },
    // The same specs against the app's own window, where Electron is installed; the token, Host
    // and Origin checks and the messages of a wrong token or a stopped server concern the web mode
    // only, and the import spec chooses files through the page's file chooser, which Electron's
    // native open dialog replaces.
    ...(withElectron ? [{ name: ELECTRON_PROJECT, testIgnore: /(security|import|messages)\.spec\.ts$/ }] : []),
  ],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: 'chromium',
    headless: true,
    // Recording a trace of every test made the suite a third slower; CI keeps only its printed
    // output, so it records none (a failure still prints its error and the page's snapshot).
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  webServer: {
    command: `${withElectron ? 'node scripts/build.mjs electron && ' : ''}node scripts/web.mjs --port ${E2E_PORT} --token ${E2E_TOKEN} --data-dir "${E2E_DATA_DIR}"`,
    url: `${E2E_BASE_URL}/index.html`,
    // Never someone else's server on this port: a fresh one with a fresh data folder.
    reuseExistingServer: false,
    // Includes building the renderer when its sources changed.
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
