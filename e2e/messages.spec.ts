import { expect, test } from '@playwright/test';
import { hostCallFailures } from './utils/hostCalls';
import { callHost } from './utils/rawRequest';
import { E2E_APP_PATH } from './utils/testServer';

test.use({ locale: 'fr-FR' });

test.describe('host errors in the interface language', () => {
  test('a wrong access key is said in French, without the host’s English, and without a retry that cannot work', async ({ page }) => {
    await page.goto('/?token=not-the-token-0123456789');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('paragraph')).toHaveText(
      'La bibliothèque n’a pas pu être chargée. Cette page n’a pas la clé d’accès de Precedent Desk. Ouvrez Precedent Desk à l’adresse complète indiquée à son démarrage (elle contient la clé).',
    );
    // The host's own words are there for whoever reports the problem, folded away and marked as English.
    const detail = alert.getByRole('group');
    await expect(detail.getByText('Détail technique')).toBeVisible();
    await expect(detail.getByText(/access token/)).toBeHidden();
    await expect(detail.locator('code')).toHaveAttribute('lang', 'en');
    await expect(alert.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  });

  test('a host that does not answer can be tried again', async ({ page }) => {
    // No remembered interface language: the browser's, French.
    expect((await callHost('saveSettings', {})).status).toBe(200);
    // The catalog is what the window waits for (it never loads the whole corpus).
    await (await hostCallFailures(page)).fail('getCatalog');
    await page.goto(E2E_APP_PATH);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('paragraph')).toContainText('La bibliothèque n’a pas pu être chargée. Precedent Desk ne répond plus');
    await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  });
});
