import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { PrecedentDesk } from './page-models/PrecedentDesk';

// The app's Content-Security-Policy forbids injected scripts; axe is the test's script, not the app's.
test.use({ bypassCSP: true, locale: 'fr-FR' });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => JSON.stringify(node.target)).join('\n  ')}`);
}

test.describe('accessibility of the main screen', () => {
  test('no serious or critical axe violation, with results, a chosen theme and an open detail', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    await desk.themes.choose('Enfants (non accompagnés/ séparés)');
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
