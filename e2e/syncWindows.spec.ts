import { expect, test } from '@playwright/test';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { SharingBar } from './page-models/SharingBar';
import { openApp } from './utils/openApp';
import { callHost } from './utils/rawRequest';
import { SyncServerProcess } from './utils/syncServerProcess';
import { freePort } from './utils/freePort';
import { freshDataDir } from './utils/webModeProcess';

test.use({ locale: 'fr-FR' });

test('two windows of one desk on a shared draft: each sees the other, with the server down too', async ({ browser }) => {
  test.setTimeout(180_000);
  const server = new SyncServerProcess(await freePort(), await freshDataDir('sync-windows'));
  await server.start();
  try {
    expect((await callHost('saveSettings', {})).status).toBe(200);
    const context = await browser.newContext({ locale: 'fr-FR' });
    const first = await context.newPage();
    await openApp(first);
    await expect(new PrecedentDesk(first).results.rows.first()).toBeVisible({ timeout: 60_000 });
    const firstDraft = new DraftPage(first);
    await firstDraft.startNewDraft();
    await firstDraft.title.fill('Deux fenêtres');
    await firstDraft.operativeParagraphs.first().click();
    await first.keyboard.type('Début.', { delay: 5 });
    await new SharingBar(first).share(server.address, 'Alice');
    await new SharingBar(first).waitUntilSynced();

    const second = await context.newPage();
    await openApp(second);
    const secondDraft = new DraftPage(second);
    await expect(secondDraft.operativeParagraphs.first()).toHaveText('Début.', { timeout: 60_000 });
    await expect(secondDraft.title).toHaveValue('Deux fenêtres');

    await secondDraft.operativeParagraphs.first().click();
    await second.keyboard.press('End');
    await second.keyboard.type(' Deuxième fenêtre.', { delay: 5 });
    await expect(firstDraft.operativeParagraphs.first()).toHaveText('Début. Deuxième fenêtre.');

    await server.kill();
    await firstDraft.operativeParagraphs.first().click();
    await first.keyboard.press('End');
    await first.keyboard.type(' Hors ligne.', { delay: 5 });
    await expect(secondDraft.operativeParagraphs.first()).toHaveText('Début. Deuxième fenêtre. Hors ligne.');
    // The draft's settings are shared too: title and citation style, whichever window sets them.
    await firstDraft.title.fill('Titre changé');
    await expect(secondDraft.title).toHaveValue('Titre changé');
    await secondDraft.citationStyle.selectOption('footnote');
    await expect(firstDraft.citationStyle).toHaveValue('footnote');
    await firstDraft.setLanguage('en');
    await expect(secondDraft.language).toHaveValue('en');
    await expect(first.getByText(/conflit|conflict/i)).toHaveCount(0);
    await expect(second.getByText(/conflit|conflict/i)).toHaveCount(0);
  } finally {
    await server.kill();
  }
});
