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

test('the view menu opens whole, over the panes, whether its button ends the toolbar’s line or starts one, and closes as menus do', async ({ page }) => {
  const desk = new PrecedentDesk(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await desk.openFresh();
  const button = page.getByRole('button', { name: /^(Affichage|View)$/ });
  const panel = page.locator('.menu__panel');
  const results = page.getByRole('region', { name: /^(Précédents|Precedents)$/, exact: true });
  const themesColumn = page.getByRole('checkbox', { name: /^(Thèmes|Themes)$/ });
  const box = async (locator: typeof panel) => (await locator.boundingBox())!;

  const opensWhole = async (buttonStartsALine: boolean) => {
    await desk.openViewMenu();
    // The case under test: no room on the button's left for the panel, or room. Measured until
    // the toolbar and the panel hold still: a fresh CI run once read them before the wrap.
    const roomOnTheLeft = async () => {
      const [menu, from, pane] = [await box(panel), await box(button), await box(results)];
      return from.x + from.width - menu.width >= pane.x;
    };
    await expect.poll(roomOnTheLeft).toBe(!buttonStartsALine);
    const menu = await box(panel);
    expect(menu.x).toBeGreaterThanOrEqual(0);
    expect(menu.x + menu.width).toBeLessThanOrEqual(1280);
    expect(menu.y + menu.height).toBeLessThanOrEqual(720);
    // Playwright clicks only what is on top at the point it clicks: a panel under the sidebar fails here.
    await themesColumn.uncheck();
    await themesColumn.check();
    await desk.openViewMenu();
    await expect(panel).toBeHidden();
  };

  await opensWhole(false);
  // In English, two rows selected: the toolbar's longer labels send the button to a line of its own.
  await desk.switchInterfaceTo('English');
  await desk.results.rows.nth(0).click();
  await desk.results.rows.nth(1).click({ modifiers: ['Control'] });
  await opensWhole(true);

  // Like any menu, Escape or a click elsewhere closes it.
  await desk.openViewMenu();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await desk.openViewMenu();
  await desk.results.search.click();
  await expect(panel).toBeHidden();
  await expect(desk.results.search).toBeFocused();
});
