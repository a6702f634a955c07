import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildElectron, buildRenderer, rendererIsStale, root } from './build.mjs';
import { ensureElectronSqlite } from './electronNative.mjs';

/**
 * `npm start`: builds, then opens the Electron app. Where Electron cannot run (its binary cannot
 * be downloaded, no display), says so in one line and serves the same desk in the browser instead.
 */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
/** An exit this soon after launch is Electron failing to start, not the user closing the window. */
const STARTUP_GRACE_MS = 10_000;

const require = createRequire(import.meta.url);
let fellBack = false;

try {
  if (rendererIsStale()) {
    console.log('Building the interface (dist/renderer)...');
    await buildRenderer();
  }
  await buildElectron();
} catch (error) {
  console.error(`Could not build Precedent Desk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const unavailable = noDisplayReason() ?? (await ensureElectronBinary()) ?? ensureElectronSqlite(require('electron/package.json').version);
if (unavailable) fallBackToWeb(unavailable);
else launchElectron(require('electron'));

function noDisplayReason() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no graphical display (DISPLAY is not set)';
  }
  return null;
}

/** Electron 45 fetches its binary on first launch; this does it up front, bounded, and quietly. */
async function ensureElectronBinary() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  if (!existsSync(join(electronDir, 'path.txt'))) {
    console.log('Downloading the Electron binary (first launch only, about 100 MB)...');
  }
  const output = [];
  const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const timer = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
  const code = await new Promise((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  if (code === 0) return null;
  if (code === null) return `downloading its binary took longer than ${DOWNLOAD_TIMEOUT_MS / 60_000} minutes`;
  return `its binary could not be downloaded (${firstErrorLine(output.join('')) ?? 'no network?'})`;
}

function firstErrorLine(text) {
  const line = text.split('\n').find((candidate) => /error|failed|ENOTFOUND|EAI_AGAIN|ECONN/i.test(candidate));
  return line?.trim().slice(0, 160);
}

function launchElectron(electronPath) {
  const env = { ...process.env };
  // Set by some tools; it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(electronPath, [root], { cwd: root, stdio: 'inherit', env });
  child.on('error', (error) => fallBackToWeb(`it could not be launched (${error.message})`));
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null && Date.now() - startedAt < STARTUP_GRACE_MS) {
      fallBackToWeb(`it stopped during startup (exit code ${code})`);
    } else {
      process.exit(code ?? 0);
    }
  });
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => child.kill(name));
}

function fallBackToWeb(reason) {
  if (fellBack) return;
  fellBack = true;
  console.log(`Electron cannot run on this machine: ${reason}.`);
  console.log('Starting the web mode instead (the same desk, in your browser).');
  const web = spawn(process.execPath, [join(root, 'scripts', 'web.mjs'), '--open'], { stdio: 'inherit' });
  web.on('exit', (code) => process.exit(code ?? 0));
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => web.kill(name));
}
