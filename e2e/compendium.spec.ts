import { expect, test } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import type { Paragraph } from '../shared/corpus/model';
import { englishCompendiumFixture } from '../shared/import/fixtures/englishCompendiumFixture';
import { compendiumFixtureAsDocx, compendiumFixtureAsText } from '../shared/import/fixtures/renderCompendiumFixture';
import type { UserLibrary } from '../shared/import/model';
import { CheckPanel } from './page-models/CheckPanel';
import { DraftPage } from './page-models/DraftPage';
import { LibraryDialog } from './page-models/LibraryDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';
import { callHost } from './utils/rawRequest';
import { seriousViolations } from './utils/seriousViolations';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fixture = englishCompendiumFixture();
const englishOf = (marker: number) => fixture.partA[0]!.items[marker - 1]!.text;
let iv3: Paragraph;

async function library(): Promise<UserLibrary> {
  const response = await callHost('getLibrary');
  expect(response.status).toBe(200);
  return (JSON.parse(response.body) as { result: UserLibrary }).result;
}

test.beforeAll(async () => {
  iv3 = compendiumParagraph(indexCorpus(await loadBundledCorpus()), 'A:IV.3');
});

test.describe('the English edition of the compendium', () => {
  let desk: PrecedentDesk;
  let dialog: LibraryDialog;

  test.beforeEach(async ({ page }) => {
    desk = new PrecedentDesk(page);
    dialog = new LibraryDialog(page);
    await desk.openFresh();
  });

  // The run's data folder is shared by the specs: what a test imported is removed again.
  test.afterEach(async () => {
    for (const entry of (await library()).compendiums) expect((await callHost('removeFromLibrary', { libraryId: entry.libraryId })).status).toBe(200);
  });

  test('imported as a Word file, it gives its precedents English text: the draft switches them to English and the check finds them verbatim', async ({ page }) => {
    await dialog.open();
    await dialog.importFiles([{ name: 'compendium-en.docx', mimeType: DOCX, buffer: Buffer.from(await compendiumFixtureAsDocx(fixture)) }]);
    await expect(dialog.dialog).toContainText(/(Reconnu comme l’édition anglaise du recueil|Recognised as the English edition of the compendium)/);
    await expect(dialog.dialog).toContainText(/25 (of|paragraphes sur) 25/);
    await expect(dialog.dialog.getByRole('listitem').filter({ hasText: 'Liaison officers posted abroad' })).toBeVisible();
    await dialog.confirmEdition.click();
    await expect(dialog.importedRow('compendium-en.docx')).toBeVisible();
    await dialog.close();

    const draft = new DraftPage(page);
    await draft.startNewDraft();
    const row = await findRow(desk, iv3.text.fr!.split(' ').slice(0, 18).join(' '), 'IV.3');
    await row.dragTo(draft.editor);
    await expect(draft.precedents).toHaveCount(1);
    await expect(draft.precedents.first()).toHaveText(iv3.text.fr!);
    await draft.setLanguage('en');
    await expect(draft.precedents.first()).toHaveText(englishOf(3));
    await expect(draft.precedents.first()).toHaveAttribute('lang', 'en');

    const check = new CheckPanel(page);
    await check.open();
    await check.language.selectOption('en');
    await check.checkText(englishOf(14));
    await expect(check.verdict(check.results.first())).toHaveAttribute('data-verdict', 'verbatim');
    await expect(check.matches(check.results.first()).first()).toHaveAttribute('data-paragraph-id', 'CTOC/COP/WG.7/2017/5#rec.14');

    // The table's text column, in English, shows the edition's text.
    expect((await callHost('saveSettings', { contentLanguage: 'en' })).status).toBe(200);
    await page.reload();
    await desk.results.search.fill('"fixture guidance on financial investigations"');
    // Its line shows the match and a few words before it; the whole text is its tooltip, under the pointer.
    const english = desk.results.row('CTOC/COP/WG.7/2017/5#rec.3');
    await expect(english).toContainText('fixture guidance on financial investigations');
    await english.locator('.text-cell').hover();
    await expect(english.locator('.text-cell')).toHaveAttribute('title', englishOf(3));
  });

  test.describe('with axe injected', () => {
    // The page's Content-Security-Policy forbids injected scripts; axe is the test's script, not the app's.
    test.use({ bypassCSP: true });

    test('the preview lists a reference missing from the file, one the bundled compendium lacks and a count that differs, accessibly; skipping adds nothing', async ({ page }) => {
      const uneven = englishCompendiumFixture({ omit: ['IV.7', 'I.f'], extra: true });
      await dialog.open();
      await dialog.importFiles([{ name: 'uneven-en.txt', mimeType: 'text/plain', buffer: Buffer.from(compendiumFixtureAsText(uneven)) }]);
      const mismatches = dialog.editionMismatches;
      await expect(mismatches.getByRole('listitem').filter({ hasText: /B:I\b.*10.*9/ })).toBeVisible();
      await expect(mismatches.getByRole('listitem').filter({ hasText: 'A:IV.7, B:I.f' })).toBeVisible();
      await expect(mismatches.getByRole('listitem').filter({ hasText: 'A:IV.16' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.dialog.getByRole('button', { name: /^(Ignorer ce fichier|Skip this file)$/ }).click();
      expect((await library()).compendiums).toEqual([]);
    });
  });
});
