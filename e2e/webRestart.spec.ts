import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { DraftFile } from '../shared/draft/model';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { freePort } from './utils/freePort';
import { WebModeProcess, freshDataDir } from './utils/webModeProcess';

test.use({ locale: 'fr-FR' });

test('the token leaves the address bar once read, and a reload still reaches the host', async ({ page }) => {
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  await expect(page).toHaveURL((url) => !url.searchParams.has('token'));
  await page.reload();
  await expect(desk.results.rows.first()).toBeVisible();
  const draft = new DraftPage(page);
  await draft.startNewDraft();
  await draft.title.fill('Après rechargement');
  await draft.waitUntilSaved();
});

test('the web mode stopped and started again with a page open: the page says so, asks before closing, then saves all it holds', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await freshDataDir('restart');
  // No --token: the token is the one kept in the data folder, as for a user.
  const web = new WebModeProcess(dataDir, { port: await freePort() });
  const restarted = new WebModeProcess(dataDir);
  await web.start();
  try {
    await page.goto(web.url);
    const draft = new DraftPage(page);
    // A server just started builds the corpus on the page's first request.
    await expect(draft.editor).toBeVisible({ timeout: 30_000 });
    await draft.editor.click();
    await draft.editor.pressSequentially('Avant l’arrêt.');
    await draft.waitUntilSaved();
    const id = await draft.openedDraftId();

    await web.stop('SIGTERM');
    await draft.editor.pressSequentially(' Tapé pendant l’arrêt.');
    await expect(draft.saveStatus).toHaveText(/^Non enregistré : le serveur du bureau ne répond pas/);

    // Closing the page now would lose those words: the browser asks first.
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);

    // Started again as a user would, without --port: the same address, so the open page reconnects.
    await restarted.start();
    expect(restarted.url).toBe(web.url);
    await draft.waitUntilSaved();
    const file = JSON.parse(await readFile(join(dataDir, 'drafts', `${id}.json`), 'utf8')) as DraftFile;
    expect(JSON.stringify(file.content)).toContain('Avant l’arrêt. Tapé pendant l’arrêt.');
  } finally {
    await web.stop();
    await restarted.stop();
  }
});
