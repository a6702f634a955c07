import { expect, test } from '@playwright/test';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { seriousViolations } from './utils/seriousViolations';

// The app's Content-Security-Policy forbids injected scripts; axe is the test's script, not the app's.
test.use({ bypassCSP: true, locale: 'fr-FR' });

test.describe('accessibility of the main screen', () => {
  test('no serious or critical axe violation, with results, a chosen theme and an open detail', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    await desk.themes.choose('Enfants (non accompagnés/séparés)');
    await desk.results.rows.first().click();
    await expect(desk.detail.heading).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('no serious or critical axe violation in English with the view menu open', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    await desk.switchInterfaceTo('English');
    await page.getByText('View', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Include report paragraphs that were not adopted' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
