import { CheckPanel } from './page-models/CheckPanel';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { ELECTRON_PROJECT, expect, test } from './utils/fixtures';
import { layoutOverflow } from './utils/layoutOverflow';

test.use({ locale: 'fr-FR' });

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** The sizes whose look is approved image by image (e2e/layout.spec.ts-snapshots). */
const PHOTOGRAPHED = new Set([1366, 1920]);

test('each main state fits the window at 1280×720 and above, and looks as approved', async ({ page }, testInfo) => {
  // One page load walks through every state, at every size, to spare the CI's time.
  test.setTimeout(120_000);
  const desk = new PrecedentDesk(page);
  const draft = new DraftPage(page);
  const check = new CheckPanel(page);
  const exporting = new ExportDialog(page);
  // The approved images are of Chromium on the web mode; the app's own window is only measured.
  const photograph = testInfo.project.name !== ELECTRON_PROJECT;

  const verify = async (state: string) => {
    await page.mouse.move(0, 0);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const overflow = await layoutOverflow(page);
      expect.soft(overflow, `${state} at ${size.width}×${size.height}`).toEqual({ documentScrolls: false, outside: [] });
      if (photograph && PHOTOGRAPHED.has(size.width)) {
        await expect.soft(page).toHaveScreenshot(`${state}-${size.width}.png`, { maxDiffPixelRatio: 0.02, animations: 'disabled', caret: 'hide' });
      }
    }
  };

  await desk.openFresh();
  await draft.startNewDraft();
  await draft.waitUntilSaved();
  await verify('empty');

  await desk.themes.choose('Enfants (non accompagnés/séparés)');
  await expect(desk.results.rows).toHaveCount(7);
  await verify('theme-filtered');

  await desk.results.rows.first().click();
  await expect(desk.detail.heading).toHaveText('CTOC/COP/WG.7/2015/6, par. 23');
  await verify('detail');

  await desk.detail.region.getByRole('button', { name: 'Insérer dans le projet' }).click();
  const precedent = draft.precedents.first();
  await expect(precedent).not.toHaveClass(/draft-precedent--inserted/);
  await draft.placeCaret(precedent, 'Les États devraient'.length);
  await page.keyboard.type(' aussi');
  await draft.showChangesButton().click();
  await expect(draft.diff().locator('ins')).toHaveText(['aussi']);
  await draft.waitUntilSaved();
  await verify('diff');

  await check.open();
  await check.checkText('Les États parties devraient renforcer la coopération internationale.');
  await expect(check.results).toHaveCount(1);
  await verify('check-panel');

  await check.panel.getByRole('button', { name: 'Fermer' }).click();
  await expect(check.panel).toBeHidden();
  await exporting.draftButton.click();
  await expect(exporting.draftDialog).toBeVisible();
  await verify('export-dialog');
});
