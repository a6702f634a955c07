import { expect, test } from '@playwright/test';
import { readDocxParts, paragraphsOf } from '../host/export/testing/readDocx';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { indexCorpus } from '../shared/corpus/corpusIndex';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';

test.use({ locale: 'fr-FR' });

/**
 * The window never holds the whole corpus (issue 14): every host call the page makes is recorded
 * while the detail, an insertion, the draft's language switch and the Word export work, and none
 * is `loadCorpus`; the paragraphs come by id.
 */
test('the detail, an insertion, the language switch and the Word export work without the whole corpus', async ({ page }) => {
  test.setTimeout(90_000);
  const i22 = compendiumParagraph(indexCorpus(await loadBundledCorpus()), 'A:I.22');
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/([A-Za-z]+)/.exec(new URL(request.url()).pathname)?.[1];
    if (method) calls.push(method);
  });

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
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  await page.route('**/api/paragraphsWithFamily', (route) => route.abort('connectionrefused'));
  // A paragraph no other test quotes, so no draft opened at start has brought it into the window already.
  await (await findRow(desk, 'dixième anniversaire', 'II.4')).click();
  const alert = desk.detail.region.getByRole('alert');
  await expect(alert).toContainText('Le paragraphe n’a pas pu être chargé. Precedent Desk ne répond plus');

  await page.unroute('**/api/paragraphsWithFamily');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(desk.detail.heading).toHaveText('CTOC/COP/WG.7/2013/5, par.\u00a08');
});
