import { expect, test } from '@playwright/test';
import { CheckPanel } from './page-models/CheckPanel';
import { CommandPalette } from './page-models/CommandPalette';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { LibraryDialog } from './page-models/LibraryDialog';
import { OpenWordDraft } from './page-models/OpenWordDraft';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { SharingBar } from './page-models/SharingBar';
import { findRow } from './utils/findRow';
import { seriousViolations } from './utils/seriousViolations';

// The app's Content-Security-Policy forbids injected scripts; axe is the test's script, not the app's.
test.use({ bypassCSP: true, locale: 'fr-FR' });

test.describe('accessibility of the main screen', () => {
  test('no serious or critical axe violation, with results, a chosen theme and an open detail, then in English with the view menu open', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    await desk.themes.choose('Enfants (non accompagnés/séparés)');
    await desk.results.rows.first().click();
    await expect(desk.detail.heading).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await desk.switchInterfaceTo('English');
    await page.getByText('View', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Include report paragraphs that were not adopted' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('no serious or critical axe violation in the draft with content, the palette, the check, the export, the library, the sharing form and a Word document opened', async ({ page }) => {
    // Seven axe passes over the whole window, one page load: slower than one check, faster than seven tests.
    test.setTimeout(60_000);
    const desk = new PrecedentDesk(page);
    const draft = new DraftPage(page);
    await desk.openFresh();
    await draft.startNewDraft();
    await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22');
    await desk.results.grid.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await expect(draft.precedents).toHaveCount(1);
    await draft.precedents.first().click();
    await expect(draft.inspector).toBeVisible();
    expect(await seriousViolations(page), 'draft with content').toEqual([]);

    const palette = new CommandPalette(page);
    await palette.open();
    expect(await seriousViolations(page), 'palette').toEqual([]);
    await page.keyboard.press('Escape');

    const check = new CheckPanel(page);
    await check.checkDraftButton.click();
    await expect(check.panel.getByRole('region', { name: 'Rapport sur tout le projet' })).toBeVisible();
    expect(await seriousViolations(page), 'check panel').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(check.panel).toBeHidden();

    const exporting = new ExportDialog(page);
    await exporting.draftButton.click();
    await expect(exporting.draftDialog).toBeVisible();
    expect(await seriousViolations(page), 'export dialog').toEqual([]);
    const { bytes } = await exporting.exportAndDownload(exporting.draftDialog);

    const library = new LibraryDialog(page);
    await library.open();
    expect(await seriousViolations(page), 'library dialog').toEqual([]);
    await library.close();

    const sharing = new SharingBar(page);
    await sharing.shareButton.click();
    await expect(sharing.region.getByRole('form', { name: 'Partager ce projet' })).toBeVisible();
    expect(await seriousViolations(page), 'sharing form').toEqual([]);

    const wordDraft = new OpenWordDraft(page);
    await wordDraft.open({ name: 'projet.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bytes) });
    await expect(wordDraft.summary).toBeVisible();
    expect(await seriousViolations(page), 'Word document opened').toEqual([]);
  });
});
