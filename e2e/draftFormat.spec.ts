import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { E2E_DATA_DIR } from './utils/testServer';

test.use({ locale: 'fr-FR' });

const draftsDir = join(E2E_DATA_DIR, 'drafts');

test('a draft of a newer format version is refused with a clear message and left where it is, untouched', async ({ page }) => {
  const id = `from-the-future-${Date.now()}`;
  const path = join(draftsDir, `${id}.json`);
  const text = JSON.stringify({ format: 'precedent-desk/draft', version: 7, revision: 12, id, title: 'Projet du futur', sections: [] });
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  await writeFile(path, text);
  // The list is read again when a draft is made.
  const draft = new DraftPage(page);
  await draft.startNewDraft();

  await expect(draft.draftSelect.locator(`option[value="${id}"]`)).toHaveText(`${id} (créé par une version plus récente)`);
  await draft.draftSelect.selectOption(id);
  const notice = draft.pane.getByRole('alert');
  await expect(notice).toContainText('Ce projet a été enregistré par une version plus récente de Precedent Desk (format de projet 7)');
  await expect(notice).toContainText(path);
  await expect(notice.getByRole('button', { name: /^Ouvrir la version enregistrée le/ })).toHaveCount(0);
  expect(await readFile(path, 'utf8')).toBe(text);
  expect((await readdir(draftsDir)).filter((name) => name.startsWith(`${id}.`))).toEqual([`${id}.json`]);
});

test('a draft saved at format version 1 opens as it was', async ({ page }) => {
  const id = `version-1-${Date.now()}`;
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  await copyFile(fileURLToPath(new URL('../host/drafts/fixtures/draft-v1.json', import.meta.url)), join(draftsDir, `${id}.json`));
  const draft = new DraftPage(page);
  await draft.startNewDraft();
  await draft.draftSelect.selectOption(id);
  await expect(draft.title).toHaveValue('Projet de recommandations, révision 1');
  await expect(draft.editor).toContainText('Rappelant le Protocole contre le trafic illicite de migrants');
  await expect(draft.editor).toContainText('Révision 1.');
});
