import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { DraftFile } from '../shared/draft/model';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { openApp } from './utils/openApp';
import { E2E_DATA_DIR } from './utils/testServer';

test.use({ locale: 'fr-FR' });

const draftsDir = join(E2E_DATA_DIR, 'drafts');
const textOfFile = async (path: string) => JSON.stringify((JSON.parse(await readFile(path, 'utf8')) as DraftFile).content);
const conflictCopies = async (id: string) => (await readdir(draftsDir)).filter((name) => name.startsWith(`${id}.conflict-`)).map((name) => join(draftsDir, name));

test('two tabs on one draft: the later save overwrites nothing, both texts stay, and the second tab is told and chooses', async ({ page, context }) => {
  // Two copies of the app in one browser on a shared machine: each loads the corpus.
  test.setTimeout(120_000);
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const first = new DraftPage(page);
  await first.startNewDraft();
  await first.title.fill('Projet ouvert dans deux onglets');
  await first.waitUntilSaved();
  const id = await first.openedDraftId();

  const otherTab = await context.newPage();
  await openApp(otherTab);
  const second = new DraftPage(otherTab);
  await expect(second.editor).toBeVisible();
  await second.draftSelect.selectOption(id);
  await expect(second.title).toHaveValue('Projet ouvert dans deux onglets');

  await first.editor.click();
  await first.editor.pressSequentially('Texte du premier onglet.');
  await first.waitUntilSaved();
  await second.editor.click();
  await second.editor.pressSequentially('Texte du second onglet.');

  const conflict = second.pane.getByRole('alert').filter({ hasText: 'Une autre fenêtre ou un autre onglet a enregistré ce projet' });
  await expect(conflict).toBeVisible();
  await expect(second.saveStatus).toHaveText(/^Non enregistré par-dessus le texte d’une autre fenêtre/);
  // Both texts are on disk: the first tab's in the draft, the second's in one copy beside it, kept
  // up to date as the second tab goes on typing.
  const draftFile = join(draftsDir, `${id}.json`);
  await expect.poll(async () => Promise.all((await conflictCopies(id)).map(textOfFile))).toEqual([expect.stringContaining('Texte du second onglet.')]);
  expect(await textOfFile(draftFile)).toContain('Texte du premier onglet.');
  expect(await textOfFile(draftFile)).not.toContain('Texte du second onglet.');
  const [copy] = await conflictCopies(id);
  await expect(conflict).toContainText(copy ?? '');

  await conflict.getByRole('button', { name: 'Comparer les deux' }).click();
  const comparison = conflict.getByLabel('Votre texte comparé à l’autre');
  await expect(comparison.locator('ins')).toContainText(['second']);
  await expect(comparison.locator('del')).toContainText(['premier']);

  await conflict.getByRole('button', { name: 'Garder mon texte' }).click();
  await second.waitUntilSaved();
  await expect(conflict).toBeHidden();
  expect(await textOfFile(draftFile)).toContain('Texte du second onglet.');
  // The text it replaced is kept as a backup.
  const backupsDir = join(draftsDir, 'backups', id);
  const backups = await Promise.all((await readdir(backupsDir)).map((name) => textOfFile(join(backupsDir, name))));
  expect(backups.some((text) => text.includes('Texte du premier onglet.'))).toBe(true);

  // Now the first tab is behind: its next save is refused in turn, and it takes the other text.
  await first.editor.pressSequentially(' Suite.');
  const firstConflict = first.pane.getByRole('alert').filter({ hasText: 'Une autre fenêtre ou un autre onglet a enregistré ce projet' });
  await expect(firstConflict).toBeVisible();
  await firstConflict.getByRole('button', { name: 'Garder l’autre texte' }).click();
  await expect(first.editor).toContainText('Texte du second onglet.');
  await expect(first.editor).not.toContainText('Suite.');
  await first.waitUntilSaved();
  const copies = await Promise.all((await conflictCopies(id)).map(textOfFile));
  expect(copies.some((text) => text.includes('Texte du premier onglet. Suite.'))).toBe(true);
});
