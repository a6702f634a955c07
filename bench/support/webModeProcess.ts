import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESK_HOST_API_PREFIX, DESK_HOST_TOKEN_HEADER } from '../../shared/host/transport';

export interface WebMode {
  readonly origin: string;
  readonly token: string;
  /** The app's address as `npm run web` prints it. */
  readonly appUrl: string;
}

/** Calls one DeskHost method of the web mode, as the window does; a refusal throws with its HTTP status. */
export async function callWebHost(web: WebMode, method: string, argument: unknown): Promise<void> {
  const response = await fetch(`${web.origin}${DESK_HOST_API_PREFIX}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [DESK_HOST_TOKEN_HEADER]: web.token },
    body: JSON.stringify(argument),
  });
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`);
}

const root = fileURLToPath(new URL('../..', import.meta.url));
let started = 0;

/**
 * Runs `use` against `npm run web` started as a child process with a fresh data folder, then stops
 * it and removes the folder. Each start in this process takes the next port, so a bench never
 * meets the previous one's server still shutting down. `checkout` runs another checkout's web
 * mode (built), to compare two versions of the app.
 */
export async function withWebMode<T>(name: string, use: (web: WebMode) => Promise<T>, options: { dataDir?: string; checkout?: string } = {}): Promise<T> {
  // A data folder given is the caller's (a prepared library): used as it is and kept.
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), `${name}-bench-`)));
  const port = 21_000 + (process.pid % 20_000) + started++;
  const token = `bench-${name}-0000000001`;
  const server = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port), '--token', token, '--data-dir', dataDir], { cwd: options.checkout ?? root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitForLine(server, /is running/);
    const origin = `http://127.0.0.1:${port}`;
    return await use({ origin, token, appUrl: `${origin}/?token=${token}` });
  } finally {
    await stopped(server);
    if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

/** Stops the web mode and waits for it to exit: what is measured next does not share the machine with its closing. */
function stopped(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The web mode stopped (exit ${code}) before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`The web mode was not ready after 120 s:\n${output}`)), 120_000).unref();
  });
}
