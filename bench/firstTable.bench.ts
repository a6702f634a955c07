import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const RUNS = 5;
const TOKEN = 'bench-first-table-0000000001';
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Time from navigation to the first precedent row on screen, in Debian's Chromium against the web
 * mode: fetching the app and the corpus over HTTP, indexing it, building the rows, rendering the
 * table. Each run is a fresh browser context (empty cache) against an already running server.
 */
export default async function benchFirstTable(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'first-table-bench-'));
  const port = 21_000 + (process.pid % 20_000);
  const server = spawn(process.execPath, ['scripts/web.mjs', '--port', String(port), '--token', TOKEN, '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitForLine(server, /is running/);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const times: number[] = [];
      // One more run than counted: the first one also waits for the server to finish building the corpus.
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const observer = new MutationObserver(() => {
            if (document.querySelector('[role="row"][data-paragraph-id]')) {
              (window as unknown as { firstRowAt: number }).firstRowAt = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        });
        await page.goto(`http://127.0.0.1:${port}/?token=${TOKEN}`);
        await page.waitForSelector('[role="row"][data-paragraph-id]', { timeout: 20_000 });
        const firstRowAt = await page.evaluate(() => (window as unknown as { firstRowAt: number }).firstRowAt);
        if (run === 0) console.log(`first load after server start: ${firstRowAt.toFixed(0)} ms`);
        else times.push(firstRowAt);
        await context.close();
      }
      times.sort((a, b) => a - b);
      console.log(`navigation to first table row: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${RUNS} loads (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}; goal < 1000 ms)`);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The web mode stopped (exit ${code}) before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`The web mode was not ready after 120 s:\n${output}`)), 120_000).unref();
  });
}
