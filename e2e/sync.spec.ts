import { expect, test, type Browser, type Page } from '@playwright/test';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { SharingBar } from './page-models/SharingBar';
import { SyncServerProcess } from './utils/syncServerProcess';
import { freePort, freshDataDir } from './utils/webModeProcess';

test.use({ locale: 'fr-FR' });

interface Desk {
  page: Page;
  draft: DraftPage;
  sharing: SharingBar;
}

async function openDesk(browser: Browser): Promise<Desk> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text().slice(0, 300)));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await new PrecedentDesk(page).openFresh();
  const draft = new DraftPage(page);
  // The desks of this spec share one data folder: each starts on a draft of its own.
  await draft.startNewDraft();
  return { page, draft, sharing: new SharingBar(page) };
}

/** Types at the end (or the start) of the operative part's first paragraph, a key at a time as a delegate does. */
async function typeAt(desk: Desk, where: 'End' | 'Home', text: string): Promise<void> {
  await desk.draft.operativeParagraphs.first().click();
  await desk.page.keyboard.press(where);
  await desk.page.keyboard.type(text, { delay: 15 });
}

test('two desks type in one paragraph at once, through a server killed and restarted; a late joiner gets it all', async ({ browser }) => {
  test.setTimeout(120_000);
  const server = new SyncServerProcess(await freePort(), await freshDataDir('sync-server'));
  await server.start();
  try {
    const alice = await openDesk(browser);
    await alice.draft.title.fill('Projet partagé');
    await typeAt(alice, 'End', 'Début.');
    const invitation = await alice.sharing.share(server.address, 'Alice');
    await alice.sharing.waitUntilSynced();
    await expect(alice.draft.operativeParagraphs.first()).toHaveText('Début.');

    const bruno = await openDesk(browser);
    await bruno.sharing.join(invitation, 'Bruno');
    await expect(bruno.draft.operativeParagraphs.first()).toHaveText('Début.');
    await expect(alice.sharing.others).toHaveText(/Bruno/);
    await expect(bruno.sharing.others).toHaveText(/Alice/);

    // Both type in the same paragraph at the same time, one at its end, the other at its start.
    await Promise.all([typeAt(alice, 'End', ' alpha bravo'), typeAt(bruno, 'Home', 'charlie delta ')]);
    for (const desk of [alice, bruno]) {
      await expect(desk.draft.operativeParagraphs.first()).toContainText('alpha bravo');
      await expect(desk.draft.operativeParagraphs.first()).toContainText('charlie delta');
    }
    const together = await alice.draft.operativeParagraphs.first().textContent();
    await expect(bruno.draft.operativeParagraphs.first()).toHaveText(together!);

    // The server goes down; both keep typing, offline.
    await server.kill();
    await expect(alice.sharing.state).toHaveText(/^Hors ligne/);
    await Promise.all([typeAt(alice, 'End', ' echo foxtrot'), typeAt(bruno, 'Home', 'golf hotel ')]);
    await expect(alice.sharing.state).toContainText('Modifications en attente');
    await expect(alice.draft.operativeParagraphs.first()).not.toContainText('golf hotel');

    await server.start();
    for (const desk of [alice, bruno]) {
      await desk.sharing.waitUntilSynced();
      for (const words of ['Début.', 'alpha bravo', 'charlie delta', 'echo foxtrot', 'golf hotel']) {
        await expect(desk.draft.operativeParagraphs.first()).toContainText(words);
      }
    }
    const merged = await alice.draft.operativeParagraphs.first().textContent();
    await expect(bruno.draft.operativeParagraphs.first()).toHaveText(merged!);

    const late = await openDesk(browser);
    await late.sharing.join(invitation, 'Chloé');
    await expect(late.draft.operativeParagraphs.first()).toHaveText(merged!);
    await expect(late.sharing.others).toHaveText(/Alice/);
    await expect(alice.sharing.others).toHaveText(/Bruno.*Chloé|Chloé.*Bruno/);
  } finally {
    await server.kill();
  }
});
