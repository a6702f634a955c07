import { expect, test } from '@playwright/test';
import { readDocxParts, paragraphsOf } from '../host/export/testing/readDocx';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { englishCompendiumFixture } from '../shared/import/fixtures/englishCompendiumFixture';
import { englishReportFixture } from '../shared/import/fixtures/englishReportFixture';
import { compendiumFixtureAsText } from '../shared/import/fixtures/renderCompendiumFixture';
import { fixtureAsText } from '../shared/import/fixtures/renderFixture';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { LibraryDialog } from './page-models/LibraryDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';
import { hostCallFailures, recordHostCalls } from './utils/hostCalls';

test.use({ locale: 'fr-FR' });

const englishReport = () => ({ name: 'report-2012-6-en.txt', mimeType: 'text/plain', buffer: Buffer.from(fixtureAsText(englishReportFixture())) });

/**
 * The window never holds the whole corpus (issue 14): every host call the page makes is recorded
 * while the detail, an insertion, the draft's language switch and the Word export work, and none
 * is `loadCorpus`; the paragraphs come by id.
 */
test('the detail, an insertion, the language switch and the Word export work without the whole corpus', async ({ page }) => {
  test.setTimeout(90_000);
  const i22 = compendiumParagraph(indexCorpus(await loadBundledCorpus()), 'A:I.22');
  const calls = recordHostCalls(page);

  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const draft = new DraftPage(page);
  await draft.startNewDraft();

  // The detail: its citation, its text and its neighbours, from the paragraph's family.
  await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).click();
  await expect(desk.detail.heading).toHaveText('CTOC/COP/WG.7/2012/6, par.\u00a025');
  await expect(desk.detail.region.getByRole('navigation')).toContainText('CTOC/COP/WG.7/2012/6, par.\u00a024');

  // Inserted from the keyboard with its citation.
  await desk.results.grid.focus();
  await page.keyboard.press('Control+Enter');
  await expect(draft.precedents).toHaveCount(1);
  await expect(draft.inlineCitations.first()).toHaveText('(CTOC/COP/WG.7/2012/6, par.\u00a025)');

  // The language switch: the citation follows.
  await draft.setLanguage('en');
  await expect(draft.inlineCitations.first()).toHaveText('(CTOC/COP/WG.7/2012/6, para. 25)');

  // Word: the quoted text and its citation.
  const exporter = new ExportDialog(page);
  await exporter.draftButton.click();
  const { bytes } = await exporter.exportAndDownload(exporter.draftDialog);
  const texts = paragraphsOf((await readDocxParts(bytes)).document).map((paragraph) => paragraph.text);
  expect(texts.some((text) => text.includes(i22.text.fr!) && text.includes('CTOC/COP/WG.7/2012/6, para. 25'))).toBe(true);

  expect(calls).toContain('paragraphsWithFamily');
  expect(calls).not.toContain('loadCorpus');
});

test('a paragraph the host cannot give is said in the detail, with a retry that brings it', async ({ page }) => {
  const failures = await hostCallFailures(page);
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  await failures.fail('paragraphsWithFamily');
  // A paragraph no other test quotes, so no draft opened at start has brought it into the window already.
  await (await findRow(desk, 'dixième anniversaire', 'II.4')).click();
  const alert = desk.detail.region.getByRole('alert');
  await expect(alert).toContainText('Le paragraphe n’a pas pu être chargé. Precedent Desk ne répond plus');

  await failures.restore('paragraphsWithFamily');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(desk.detail.heading).toHaveText('CTOC/COP/WG.7/2013/5, par.\u00a08');
});

/**
 * The import previews are worked out by the host (previewImport, previewCompendium): a report lines
 * up with the bundled French one, is asked again when its symbol is corrected, and an edition of the
 * compendium lines up, all without the window loading the whole corpus. Nothing is added (skipped).
 */
test('an import preview and a compendium preview show what the host worked out, without the whole corpus', async ({ page }) => {
  test.setTimeout(90_000);
  const calls = recordHostCalls(page);
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const library = new LibraryDialog(page);
  await library.open();
  await library.importFiles([englishReport(), { name: 'compendium-en.txt', mimeType: 'text/plain', buffer: Buffer.from(compendiumFixtureAsText(englishCompendiumFixture())) }]);

  // The report becomes the English version of the bundled one; the index's themes carry over.
  await expect(library.alignment.first()).toContainText('CTOC/COP/WG.7/2012/6 : 9 paragraphes sur 13');
  await expect(library.alignment.getByRole('listitem').filter({ hasText: '8.b.ii' })).toBeVisible();
  await expect(library.dialog.getByText(/^De l’index : /).first()).toBeVisible();
  // A corrected symbol is lined up again: no such document, the file becomes a new one.
  await library.dialog.getByLabel('Cote').fill('CTOC/COP/WG.7/2099/1');
  await expect(library.alignment.first()).toHaveText(/^Nouveau document/);
  await expect(library.confirm).toHaveAttribute('aria-disabled', 'false');
  await library.dialog.getByRole('button', { name: 'Ignorer ce fichier' }).click();

  // The compendium edition: every paragraph lines up by reference.
  await expect(library.dialog).toContainText('Reconnu comme l’édition anglaise du recueil.');
  await expect(library.dialog).toContainText('25 paragraphes sur 25');
  await library.dialog.getByRole('button', { name: 'Ignorer ce fichier' }).click();
  await expect(library.chooseFiles).toBeVisible();

  expect(calls).toContain('previewImport');
  expect(calls).toContain('previewCompendium');
  expect(calls).not.toContain('loadCorpus');
});

test('a preview the host cannot work out is said, with a retry that brings it; corrections made before stay', async ({ page }) => {
  const failures = await hostCallFailures(page);
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const library = new LibraryDialog(page);
  await library.open();
  await failures.fail('previewImport');
  await library.importFiles([englishReport()]);
  const alert = library.dialog.getByRole('alert');
  await expect(alert).toContainText('L’aperçu de report-2012-6-en.txt n’a pas pu être préparé. Precedent Desk ne répond plus');

  await failures.restore('previewImport');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(library.alignment.first()).toContainText('9 paragraphes sur 13');

  // A correction the host cannot line up: said beside the preview, which keeps it for the retry.
  await failures.fail('previewImport');
  const symbol = library.dialog.getByLabel('Cote');
  await symbol.fill('CTOC/COP/WG.7/2099/1');
  await expect(alert).toContainText('Precedent Desk ne répond plus');
  await expect(symbol).toHaveValue('CTOC/COP/WG.7/2099/1');
  await expect(library.confirm).toHaveAttribute('aria-disabled', 'true');
  await failures.restore('previewImport');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(library.alignment.first()).toHaveText(/^Nouveau document/);
  await expect(symbol).toHaveValue('CTOC/COP/WG.7/2099/1');
  await expect(alert).toHaveCount(0);
});
