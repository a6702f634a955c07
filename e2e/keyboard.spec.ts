import { CheckPanel } from './page-models/CheckPanel';
import { CommandPalette } from './page-models/CommandPalette';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { expect, test } from './utils/fixtures';

test.use({ locale: 'fr-FR' });

test('keyboard only: F6 goes round the panes; the palette and the shortcuts search, insert, check and export', async ({ page }) => {
  // One page load for the whole journey, each step awaited: longer than one check, shorter than a test per step.
  test.setTimeout(60_000);
  const desk = new PrecedentDesk(page);
  const draft = new DraftPage(page);
  const palette = new CommandPalette(page);
  const check = new CheckPanel(page);
  const exporting = new ExportDialog(page);
  await desk.openFresh();
  await expect(palette.headerButton).toHaveAccessibleName('Toutes les commandes Ctrl+K');

  // From the top of the page, F6 visits the themes, the table and the draft, then starts again.
  const inThemes = desk.themes.tree.locator(':focus');
  await page.keyboard.press('F6');
  await expect(inThemes).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(desk.results.grid).toBeFocused();
  await page.keyboard.press('F6');
  await expect(draft.editor).toBeFocused();
  await page.keyboard.press('F6');
  await expect(inThemes).toHaveCount(1);
  await page.keyboard.press('Shift+F6');
  await expect(draft.editor).toBeFocused();

  // The palette is a combobox over a listbox: the arrows move the active option, typing filters, Escape gives the focus back.
  await palette.open();
  const first = palette.options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(palette.input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(palette.dialog.getByRole('option', { name: 'Exporter le projet vers Word… Ctrl+Shift+E' })).toBeVisible();
  await page.keyboard.type('aucune commande ainsi');
  await expect(palette.options).toHaveCount(0);
  await expect(palette.dialog.getByRole('status')).toHaveText('Aucune commande ne correspond.');
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(draft.editor).toBeFocused();

  // A new draft, a search, the row into the draft.
  const before = await draft.draftSelect.inputValue();
  await palette.run('nouveau proj', /^Nouveau projet$/);
  await expect(draft.draftSelect).not.toHaveValue(before);
  await palette.run('recherch', /^Rechercher dans les précédents/);
  await expect(desk.results.search).toBeFocused();
  await page.keyboard.type('"représentations diplomatiques et consulaires"');
  await expect(desk.results.rows).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(desk.results.grid).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');
  await expect(draft.precedents).toHaveCount(1);
  await expect(draft.precedents.first()).toContainText('représentations diplomatiques et consulaires');

  // The check of the whole draft, then the export with its own shortcut.
  await palette.run('verifier tout', /^Vérifier tout le projet$/);
  await expect(check.panel).toBeVisible();
  await expect(check.panel.getByRole('region', { name: 'Rapport sur tout le projet' })).toContainText('1 paragraphe — tel quel : 1');
  await page.keyboard.press('Control+Shift+E');
  await expect(exporting.draftDialog).toBeVisible();
  const exportButton = exporting.exportButton(exporting.draftDialog);
  for (let stops = 0; stops < 20 && !(await exportButton.evaluate((button) => button === document.activeElement)); stops++) await page.keyboard.press('Tab');
  await expect(exportButton).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
  await expect(exporting.draftDialog).toBeHidden();

  // The palette speaks the interface language, which it can switch.
  await palette.run('langue interface', /^Changer la langue de l’interface/);
  await palette.open();
  await expect(palette.dialog.getByRole('option', { name: 'Export the draft to Word… Ctrl+Shift+E' })).toBeVisible();
  // And back: the language is remembered in the data folder the other specs share.
  await page.keyboard.type('interface language');
  await page.keyboard.press('Enter');
  await expect(desk.interfaceLanguage('Français')).toBeChecked();
});
