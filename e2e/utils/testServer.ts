import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that says where the specs find the web mode. Playwright evaluates this in its
 * runner and again in every worker; the runner chooses the port and the data folder once and the
 * workers inherit them through the environment. Set PRECEDENT_DESK_E2E_PORT to pin the port;
 * by default each run takes its own, so runs in two terminals do not collide.
 */
export const E2E_TOKEN = 'e2e-token-precedent-desk-0001';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_RUNS_DIR = join(repoRoot, '.tmp', 'e2e');

export const isRunnerProcess = process.env.PRECEDENT_DESK_E2E_DATA === undefined;
process.env.PRECEDENT_DESK_E2E_PORT ??= String(20_000 + (process.pid % 20_000));
process.env.PRECEDENT_DESK_E2E_DATA ??= join(E2E_RUNS_DIR, `run-${Date.now()}-${process.pid}`);

export const E2E_PORT = Number(process.env.PRECEDENT_DESK_E2E_PORT);
/** A fresh, empty data folder for each run. */
export const E2E_DATA_DIR = process.env.PRECEDENT_DESK_E2E_DATA;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The app's address as `npm run web` prints it, relative to baseURL. */
export const E2E_APP_PATH = `/?token=${E2E_TOKEN}`;
