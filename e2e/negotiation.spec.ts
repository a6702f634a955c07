import { expect, test } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { formatCitation } from '../shared/citation/formatCitation';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import type { Paragraph } from '../shared/corpus/model';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts, tableRowsOf, textOf } from '../host/export/testing/readDocx';
import { CheckPanel } from './page-models/CheckPanel';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { NegotiationPage } from './page-models/NegotiationPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';
import { seriousViolations } from './utils/seriousViolations';

// bypassCSP: the accessibility checks inject axe.
test.use({ locale: 'fr-FR', bypassCSP: true });

let index: CorpusIndex;
let i22: Paragraph;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
});

const I22_CITATION = '(CTOC/COP/WG.7/2012/6, par.\u00a025)';

test('a negotiating text: brackets of a delegation, an alternative paragraph quoting a precedent, a proposed deletion, a status', async ({ page }) => {
  // One journey through the whole negotiation, typed key by key.
  test.setTimeout(120_000);
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const draft = new DraftPage(page);
  await draft.startNewDraft();
  const negotiation = new NegotiationPage(page, draft);

  await draft.caretToEnd();
  await page.keyboard.type('Les États parties devraient renforcer la coopération internationale.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Les États parties devraient protéger les migrants.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Décide de rester saisi de la question.');
  expect(await negotiation.labelledParagraphs()).toEqual([
    'PP1',
    'OP1 | Les États parties',
    'OP2 | Les États parties',
    'OP3 | Décide de rester',
  ]);

  await negotiation.addDelegations([
    { label: 'UE', name: 'Union européenne' },
    { label: 'Mexique', name: 'Mexique' },
  ]);

  // A span bracketed in the name of the EU, from the keyboard.
  await negotiation.sponsor.selectOption({ label: 'UE' });
  await negotiation.select('renforcer la coopération');
  await page.keyboard.press('Alt+Shift+B');
  await expect.poll(() => negotiation.shownText(draft.operativeParagraphs.nth(0))).toBe(
    'Les États parties devraient [UE\u00a0: renforcer la coopération] internationale.',
  );
  // With a note, from the proposals at the caret.
  await negotiation.here.getByRole('textbox', { name: 'Note sur la proposition' }).fill('à revoir');
  await negotiation.here.getByRole('textbox', { name: 'Note sur la proposition' }).press('Enter');

  // OP2 gets an Alt 2 of Mexico, which quotes a precedent dragged from the table.
  await negotiation.sponsor.selectOption({ label: 'Mexique' });
  await draft.placeCaret(draft.operativeParagraphs.nth(1), 5);
  await negotiation.toolbar.getByRole('button', { name: /^Paragraphe alternatif/ }).click();
  await expect(draft.operativeParagraphs).toHaveCount(4);
  await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.operativeParagraphs.nth(2));
  await expect(draft.operativeParagraphs.nth(2).locator('.draft-citation__text')).toHaveText(I22_CITATION);
  await expect(draft.operativeParagraphs.nth(2).locator('.draft-precedent')).toHaveText(i22.text.fr ?? '');

  // A proposed deletion, by nobody in particular.
  await negotiation.sponsor.selectOption({ label: '(sans auteur)' });
  await negotiation.select('de la question');
  await negotiation.toolbar.getByRole('button', { name: /^Proposer de supprimer/ }).click();
  await expect.poll(() => negotiation.shownText(draft.operativeParagraphs.nth(3))).toBe('Décide de rester saisi [suppr.\u00a0: de la question].');

  // OP1 agreed ad referendum.
  await draft.placeCaret(draft.operativeParagraphs.nth(0), 3);
  await negotiation.status.selectOption({ label: 'Convenu ad referendum' });
  await expect.poll(() => negotiation.labelledParagraphs()).toEqual([
    'PP1',
    'OP1 | agreedAdRef | Les États parties',
    'OP2 Alt 1 | Les États parties',
    'OP2 Alt 2 | Les États parties',
    'OP3 | Décide de rester',
  ]);

  // The check tells, alternative by alternative, what is agreed language and where it comes from.
  const check = new CheckPanel(page);
  await check.checkDraftButton.click();
  const report = check.panel.getByRole('table', { name: /Chaque paragraphe du projet/ });
  await expect(report.getByRole('row').filter({ hasText: /^OP2 Alt 2/ })).toContainText('Libellé convenu tel quel');
  await expect(report.getByRole('row').filter({ hasText: /^OP2 Alt 2/ })).toContainText(formatCitation(index, [i22.id], 'fr', 'typographic'));
  await expect(report.getByRole('row').filter({ hasText: /^OP2 Alt 1/ })).not.toContainText('tel quel');
  await page.keyboard.press('Escape');

  // The three readings on screen.
  await negotiation.view(/^Texte entre crochets$/).click();
  const panel = draft.pane.getByRole('tabpanel');
  await expect(panel.locator('p').filter({ hasText: /^OP1/ })).toHaveText(
    'OP1[convenu ad ref.]Les États parties devraient [UE\u00a0: renforcer la coopération] (à revoir) internationale.',
  );
  await expect(panel.locator('p').filter({ hasText: /^OP2 Alt 2/ })).toContainText('(Mexique)');
  // The toolbar, the tabs and a view: no serious or critical accessibility finding.
  expect(await seriousViolations(page)).toEqual([]);
  await panel.getByRole('checkbox', { name: 'Seulement les points ouverts' }).check();
  await expect(panel.locator('p').filter({ hasText: /^OP1/ })).toHaveCount(0);
  await negotiation.view(/^Tableau de compilation$/).click();
  await expect(panel.getByRole('row').filter({ hasText: /^OP3/ })).toContainText('suppr.');
  await negotiation.view(/^Texte propre$/).click();
  expect(await seriousViolations(page)).toEqual([]);
  await expect(panel.locator('p').filter({ hasText: /^1\./ })).toHaveText('1.Les États parties devraient renforcer la coopération internationale.');
  // Taking Mexico's Alt 2 as the delegation's position changes the clean text.
  await panel.getByRole('combobox', { name: /^OP2 — Alt 1 \/ Alt 2$/ }).selectOption({ index: 1 });
  await expect(panel.locator('p').filter({ hasText: /^2\./ })).toContainText(i22.text.fr ?? '');

  // A reading round, then OP2 changes, and the two compare paragraph by paragraph.
  await negotiation.view(/^Lectures$/).click();
  await panel.getByRole('textbox', { name: 'Nom de la lecture' }).fill('Première lecture');
  await panel.getByRole('button', { name: 'Enregistrer l’état du texte' }).click();
  await expect(panel.getByRole('status')).toHaveText('Lecture « Première lecture » enregistrée.');
  await negotiation.view(/^Rédaction$/).click();
  await draft.placeCaret(draft.operativeParagraphs.nth(1), -2);
  await page.keyboard.type(' en détresse');
  await negotiation.view(/^Lectures$/).click();
  const comparison = panel.getByRole('group', { name: 'Comparer' });
  await expect(comparison.locator('.comparison__row')).toHaveCount(1);
  await expect(comparison.locator('.comparison__row')).toContainText('OP2 Alt 1');
  await expect(comparison.locator('ins')).toHaveText([' en détresse']);
  await panel.getByRole('combobox', { name: 'Paragraphe' }).selectOption({ label: 'OP2 Alt 1' });
  await expect(panel.getByRole('list', { name: 'Historique du paragraphe' }).getByRole('listitem')).toHaveCount(2);
  await draft.waitUntilSaved();

  // The three views in Word, read back: brackets, sponsors and footnotes in the right paragraphs.
  const exporter = new ExportDialog(page);
  const exportView = async (view: RegExp) => {
    await exporter.draftButton.click();
    await exporter.draftDialog.getByRole('radio', { name: view }).check();
    await exporter.footnotes().check();
    return readDocxParts((await exporter.exportAndDownload(exporter.draftDialog)).bytes);
  };
  const I22_NOTE = 'CTOC/COP/WG.7/2012/6, par.\u00a025';
  const bracketed = await exportView(/^texte entre crochets$/);
  const paragraphs = paragraphsOf(bracketed.document);
  const starting = (label: string) => paragraphs.find((paragraph) => paragraph.text.startsWith(label));
  expect(starting('OP1 ')?.text).toContain('[convenu ad ref.]Les États parties devraient [UE\u00a0: renforcer la coopération] (à revoir) internationale.');
  expect(starting('OP2 Alt 2')?.text).toContain('(Mexique)');
  expect(footnoteReferencesOf(starting('OP2 Alt 2')?.xml ?? '')).toEqual([1]);
  expect(footnoteReferencesOf(starting('OP2 Alt 1')?.xml ?? '')).toEqual([]);
  expect(starting('OP3')?.text).toContain('[suppr.\u00a0: de la question]');
  expect([...footnotesOf(bracketed.footnotes).values()]).toEqual([I22_NOTE]);

  const compilation = await exportView(/^tableau de compilation$/);
  const rows = tableRowsOf(compilation.document).map((row) => row.map(textOf));
  expect(rows[0]).toEqual(['Paragraphe', 'Texte et propositions', 'Auteurs', 'État']);
  const op1Row = rows.find((row) => row[0] === 'OP1');
  expect(op1Row?.[2]).toBe('UE');
  expect(op1Row?.[3]).toMatch(/^convenu ad ref\. \(\d{4}-\d{2}-\d{2}\)$/);
  expect(rows.find((row) => row[0] === 'OP2 Alt 2')?.[2]).toBe('Mexique');

  // The clean text, with the position taken above (Mexico's Alt 2): no brackets, renumbered.
  const clean = await exportView(/^texte propre/);
  const operative = paragraphsOf(clean.document).filter((paragraph) => paragraph.style === 'OperativeParagraph');
  expect(operative.map((paragraph) => paragraph.text)).toEqual([
    'Les États parties devraient renforcer la coopération internationale.',
    i22.text.fr,
    'Décide de rester saisi de la question.',
  ]);
  expect(footnoteReferencesOf(operative[1]?.xml ?? '')).toEqual([1]);
  expect(clean.document).not.toContain('[');
});
