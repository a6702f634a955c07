import { expect, test } from '@playwright/test';
import type { UserLibrary } from '../shared/import/model';
import { englishReportFixture } from '../shared/import/fixtures/englishReportFixture';
import { fixtureAsDocx, fixtureAsText } from '../shared/import/fixtures/renderFixture';
import type { ParagraphsWithFamily } from '../shared/query/paragraphFamily';
import type { PrecedentCatalog } from '../shared/query/PrecedentCatalog';
import { LibraryDialog } from './page-models/LibraryDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { callHost } from './utils/rawRequest';
import { seriousViolations } from './utils/seriousViolations';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SCRIPT_PAYLOAD = `<script>window.__pwned = 'script'</script>`;
const IMG_PAYLOAD = `<img src=x onerror="window.__pwned = 'img'">`;

async function hostResult<T>(method: string, argument?: unknown): Promise<T> {
  const response = await callHost(method, argument);
  expect(response.status).toBe(200);
  return (JSON.parse(response.body) as { result: T }).result;
}

const languagesOf = async (docId: string) => (await hostResult<PrecedentCatalog>('getCatalog')).documents.find((d) => d.id === docId)!.languages;

test.describe('importing documents into the library', () => {
  let desk: PrecedentDesk;
  let library: LibraryDialog;

  test.beforeEach(async ({ page }) => {
    desk = new PrecedentDesk(page);
    library = new LibraryDialog(page);
    await desk.openFresh();
  });

  // The run's data folder is shared by the specs: what a test imported is removed again.
  test.afterEach(async () => {
    for (const document of (await hostResult<UserLibrary>('getLibrary')).documents) await hostResult('removeFromLibrary', { libraryId: document.libraryId });
  });

  test('a .docx carrying <script> and <img onerror> imports as plain text and nothing runs', async ({ page }) => {
    const report = englishReportFixture({ symbol: 'CTOC/COP/WG.7/2099/7' });
    const recommendations = report.sections.find((section) => section.heading.startsWith('A.'))!.paragraphs;
    recommendations[0]!.text = `States parties should review ${SCRIPT_PAYLOAD} their legislation.`;
    recommendations[1]!.text = `States parties should cooperate ${IMG_PAYLOAD} with partners.`;

    await library.open();
    await library.importFiles([{ name: 'hostile.docx', mimeType: DOCX, buffer: Buffer.from(await fixtureAsDocx(report)) }]);
    await expect(library.paragraphText('4')).toHaveValue(recommendations[0]!.text);
    await expect(library.paragraphText('5')).toHaveValue(recommendations[1]!.text);
    await library.confirm.click();
    await expect(library.dialog.getByRole('status')).toContainText(/1 (document ajouté|document added)/);
    await library.close();

    // The imported report is in English only: the desk shows it with English as the content language.
    await hostResult('saveSettings', { contentLanguage: 'en' });
    await page.reload();
    await desk.results.search.fill('onerror');
    const row = desk.results.row('CTOC/COP/WG.7/2099/7#5');
    await expect(row).toBeVisible();
    // The line shows the match and a few words before it, as text; the whole text is its tooltip, under the pointer.
    await expect(row).toContainText('onerror=');
    await row.locator('.text-cell').hover();
    await expect(row.locator('.text-cell')).toHaveAttribute('title', recommendations[1]!.text);
    await desk.results.search.fill('__pwned');
    const scriptRow = desk.results.row('CTOC/COP/WG.7/2099/7#4');
    await expect(scriptRow).toContainText("pwned = 'script'</script>");
    await scriptRow.locator('.text-cell').hover();
    await expect(scriptRow.locator('.text-cell')).toHaveAttribute('title', recommendations[0]!.text);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
  });

  test('an English report becomes the English version of a bundled French one, after preview and confirmation', async () => {
    await library.open();
    await library.importFiles([{ name: 'report-2012-6-en.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureAsText(englishReportFixture())) }]);
    await expect(library.alignment).toContainText(/CTOC\/COP\/WG\.7\/2012\/6/);
    await expect(library.alignment).toContainText(/9 (of|paragraphes sur) 13/);
    // The four sub-items the French report does not have are listed as not lining up.
    for (const path of ['8.a', '8.b', '8.b.i', '8.b.ii']) await expect(library.alignment.getByRole('listitem').filter({ hasText: path }).first()).toBeVisible();
    await expect(library.dialog.getByLabel(/^(Cote|Symbol)$/)).toHaveValue('CTOC/COP/WG.7/2012/6');
    await library.confirm.click();
    await expect(library.importedRow('report-2012-6-en.txt')).toBeVisible();

    expect(await languagesOf('CTOC/COP/WG.7/2012/6')).toEqual(['fr', 'en']);
    const { paragraphs } = await hostResult<ParagraphsWithFamily>('paragraphsWithFamily', { ids: ['CTOC/COP/WG.7/2012/6#6'] });
    expect(paragraphs.find((p) => p.id === 'CTOC/COP/WG.7/2012/6#6')!.text.en).toContain('distinct crimes');

    library.page.once('dialog', (confirm) => void confirm.accept());
    await library.importedRow('report-2012-6-en.txt').getByRole('button', { name: /^(Retirer|Remove)/ }).click();
    await expect(library.importedRow('report-2012-6-en.txt')).toHaveCount(0);
    expect(await languagesOf('CTOC/COP/WG.7/2012/6')).toEqual(['fr']);
  });

  test.describe('with axe injected', () => {
    // The page's Content-Security-Policy forbids injected scripts; axe is the test's script, not the app's.
    test.use({ bypassCSP: true });

    test('the preview has no serious or critical accessibility violation', async ({ page }) => {
      await library.open();
      await library.importFiles([{ name: 'report-2012-6-en.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureAsText(englishReportFixture())) }]);
      await expect(library.paragraphText('8.b.ii')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  test('a file that is not a report is refused with its reason, and nothing is added; without preview, the reports beside it are imported', async () => {
    const letter = { name: 'letter.docx', mimeType: DOCX, buffer: Buffer.from('Dear colleague, this is not a Word file.') };
    await library.open();
    await library.importFiles([letter]);
    await expect(library.dialog.getByRole('alert')).toContainText(/letter\.docx (n’est pas un document Word|is not a Word document)/);
    await expect(library.confirm).toHaveCount(0);
    expect((await hostResult<UserLibrary>('getLibrary')).documents).toEqual([]);

    // Two reports and the letter at once, without preview: the summary says what was imported and why the letter was not.
    await library.importWithoutPreview([
      { name: 'wg-2098.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureAsText(englishReportFixture({ symbol: 'CTOC/COP/WG.7/2098/2' }))) },
      { name: 'report-2012-6-en.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureAsText(englishReportFixture())) },
      letter,
    ]);
    await expect(library.batchSummary.getByRole('status')).toHaveText(/^2 (importé\(s\), 1 écarté\(s\)|imported, 1 skipped)\.$/);
    await expect(library.batchSummary).toContainText(/CTOC\/COP\/WG\.7\/2098\/2, \d+ (paragraphes|paragraphs)/);
    await expect(library.batchSummary).toContainText(/letter\.docx (n’est pas un document Word|is not a Word document)/);
    await expect(library.importedRow('wg-2098.txt')).toBeVisible();
    expect((await hostResult<UserLibrary>('getLibrary')).documents.map((document) => document.source.name).sort()).toEqual(['report-2012-6-en.txt', 'wg-2098.txt']);
    // The host's index has them at once: it was brought up to date with the batch.
    const symbols = (await hostResult<{ documents: { symbol: string | null }[] }>('getCatalog')).documents.map((document) => document.symbol);
    expect(symbols).toContain('CTOC/COP/WG.7/2098/2');
  });

});
