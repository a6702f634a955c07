import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { LibraryStore } from '../host/library/LibraryStore';
import { detectBatchFile } from '../shared/import/batch/batchImport';
import { PrecedentResults } from './page-models/PrecedentResults';
import { E2E_RUNS_DIR } from './utils/testServer';
import { generateReportFiles } from './utils/variedReports';
import { freePort } from './utils/freePort';
import { WebModeProcess, freshDataDir } from './utils/webModeProcess';

const PARAGRAPHS = 20_000;

test.use({ locale: 'fr-FR' });
test.describe.configure({ mode: 'serial' });

/**
 * A library of 20,000 imported paragraphs, written as library files before the desk starts (as a
 * restored backup would be): the desk derives its database from them and the window works on pages.
 */
test.describe('a library of 20,000 paragraphs', () => {
  let web: WebModeProcess;
  let imported: number;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const corpus = await loadBundledCorpus();
    const files = await generateReportFiles(corpus, join(E2E_RUNS_DIR, `reports-${PARAGRAPHS}`), PARAGRAPHS);
    const dataDir = await freshDataDir('large-library');
    const library = new LibraryStore(join(dataDir, 'library'));
    imported = 0;
    for (const file of files) {
      const detected = await detectBatchFile({ name: basename(file), bytes: new Uint8Array(await readFile(file)) }, basename(file));
      if (!('document' in detected)) throw new Error(`${file}: ${detected.message}`);
      await library.add(detected.document);
      imported += detected.document.paragraphs.filter((paragraph) => paragraph.adopted).length;
    }
    web = new WebModeProcess(dataDir, { port: await freePort(), token: 'large-library-token-0001' });
    await web.start();
  });

  test.afterAll(() => web?.stop('SIGTERM'));

  test('shows the first rows, searches, scrolls to the last row and filters, page by page', async ({ page }) => {
    test.setTimeout(180_000);
    const results = new PrecedentResults(page);
    await page.goto(web.url);
    await expect(results.rows.first()).toBeVisible({ timeout: 60_000 });
    const total = Number((await results.count.innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(imported);
    // The size is grouped by the window's own rule, as this browser's formatter would write it.
    expect(await results.count.innerText()).toBe(`${await page.evaluate((count) => new Intl.NumberFormat('fr').format(count), total)} paragraphes`);

    // The end of the result: its last row comes from the host when the table gets there.
    await results.grid.evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
    await expect(results.grid.locator(`[role="row"][aria-rowindex="${total + 1}"][data-paragraph-id]`)).toBeVisible({ timeout: 60_000 });

    // A search narrows and highlights what it found.
    await results.search.fill('"trafic illicite de migrants"');
    await expect(results.grid).toHaveAttribute('aria-busy', 'false');
    const found = Number((await results.count.innerText()).replace(/\D/g, ''));
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    await expect(results.rows.first().locator('mark').first()).toHaveText(/^trafic illicite de migrants$/i);

    // A facet's count is what choosing it shows.
    const conference = page.getByRole('group', { name: 'Organe' }).getByRole('checkbox', { name: /^Conférence des Parties/ });
    // The sidebar's counts follow the rows once the window is idle; it is busy until then.
    await expect(page.getByRole('complementary', { name: 'Bibliothèque et filtres' }).locator('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
    const shown = Number(/\((\d+)\)/.exec(await conference.locator('xpath=..').innerText())?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(found);
    await conference.check();
    await expect.poll(async () => Number((await results.count.innerText()).replace(/\D/g, ''))).toBe(shown);
    await expect(results.grid).toHaveAttribute('aria-busy', 'false');
  });
});
