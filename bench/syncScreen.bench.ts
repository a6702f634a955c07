import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Invitation } from '../shared/sync/invitation';
import { newDraftFile } from '../renderer/drafts/newDraftFile';
import { launchChromium } from './support/launchChromium';
import { formatFigures } from './support/percentiles';
import { callWebHost, withWebMode } from './support/webModeProcess';

const EDITS = 30;
const EDITOR = '.draft-editor__input';

/**
 * Edit-to-remote-screen latency in Debian's Chromium: two windows of the web mode on one shared
 * draft, through the sync server started as a delegation does; from the keystroke that completes a
 * word in one window to that word on the other window's screen (a mutation of its editor).
 */
export default async function benchSyncScreen(): Promise<void> {
  const syncData = await mkdtemp(join(tmpdir(), 'sync-screen-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'host/sync/main.ts', '--port', '0', '--data-dir', syncData], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve) =>
      server.stdout!.on('data', (chunk: Buffer) => {
        const printed = /listening on ws:\/\/[\d.]+:(\d+)/.exec(chunk.toString());
        if (printed) resolve(Number(printed[1]));
      }),
    );
    await withWebMode('sync-screen', async (web) => {
      const api = (method: string, argument: unknown) => callWebHost(web, method, argument);
      const invitation: Invitation = { server: `ws://127.0.0.1:${port}`, room: 'bench_screen_room_0001', token: 'bench-screen-token-'.padEnd(43, 'x'), title: 'Bench' };
      const browser = await launchChromium();
      try {
        const open = async (seedFromDraft: boolean, name: string): Promise<Page> => {
          const draft = newDraftFile({ title: 'Bench', lang: 'fr', citationStyle: 'inline' });
          await api('saveDraft', { draft });
          await api('shareDraft', { id: draft.id, sharing: { invitation, seedFromDraft } });
          await api('saveSettings', { 'draft.lastOpenId': draft.id, 'sync.userName': name });
          const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
          await page.goto(web.appUrl);
          await page.locator(`${EDITOR} .draft-section`).nth(1).waitFor({ timeout: 60_000 });
          return page;
        };
        const writer = await open(true, 'A');
        const reader = await open(false, 'B');
        await writer.locator(`${EDITOR} .draft-section`).nth(1).locator('.draft-paragraph').first().click();
        const latencies: number[] = [];
        for (let i = 0; i < EDITS; i++) {
          const word = `mot${i}x`;
          await writer.keyboard.type(word.slice(0, -1));
          // The other window watches its editor before the last key is pressed.
          await reader.evaluate(
            ([selector, expected]) => {
              const editor = document.querySelector(selector)!;
              (window as unknown as { seen: Promise<number> }).seen = new Promise<number>((resolve) => {
                const observer = new MutationObserver(() => {
                  if (!editor.textContent?.includes(expected)) return;
                  observer.disconnect();
                  resolve(Date.now());
                });
                observer.observe(editor, { subtree: true, childList: true, characterData: true });
              });
            },
            [EDITOR, word] as const,
          );
          const start = Date.now();
          await writer.keyboard.press(word.slice(-1));
          latencies.push((await reader.evaluate(() => (window as unknown as { seen: Promise<number> }).seen)) - start);
          await writer.keyboard.type(' ');
        }
        console.log(`edit to the other window's screen (Chromium, web mode, sync server on 127.0.0.1): ${formatFigures(latencies, { digits: 0 })} over ${EDITS} words`);
      } finally {
        await browser.close();
      }
    });
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
    await rm(syncData, { recursive: true, force: true });
  }
}
