import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts, runsOf } from '../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import type { Paragraph } from '../shared/corpus/model';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';
import { seriousViolations } from './utils/seriousViolations';

// A French system, as on a delegate's French-language laptop: drafts start in French. axe is the
// test's script, not the app's: the page's Content-Security-Policy is bypassed for it.
test.use({ locale: 'fr-FR', bypassCSP: true });

let index: CorpusIndex;
let i22: Paragraph;
let i23: Paragraph;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

const french = (paragraph: Paragraph) => paragraph.text.fr ?? '';

/** A fresh desk with a new draft, "Projet de recommandations", quoting I.22 dragged in from the table. */
async function draftQuotingI22(page: Page): Promise<{ desk: PrecedentDesk; draft: DraftPage }> {
  const desk = new PrecedentDesk(page);
  await desk.openFresh();
  const draft = new DraftPage(page);
  await draft.startNewDraft();
  await draft.title.fill('Projet de recommandations');
  await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
  await expect(draft.precedents).toHaveCount(1);
  return { desk, draft };
}

test.describe('export to Word', () => {
  test('a draft of two precedents exports with French footnotes, fr-FR language and the Sources annex', async ({ page }) => {
    const { desk, draft } = await draftQuotingI22(page);
    await findRow(desk, 'améliorer leur coopération dans toute la mesure possible', 'I.23');
    await desk.results.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');
    await expect(draft.precedents).toHaveCount(2);
    await expect(desk.results.grid).toBeFocused();

    // The keyboard shortcut opens the dialog from the table; Escape closes it and gives the focus back.
    const exporter = new ExportDialog(page);
    await page.keyboard.press('Control+Shift+E');
    await expect(exporter.draftDialog).toBeVisible();
    await expect(exporter.draftDialog.locator(':focus')).toHaveCount(1);
    // The draft cites inline (the default): so does the dialog until told otherwise.
    await expect(exporter.inlineCitations()).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(exporter.draftDialog).toBeHidden();
    await expect(desk.results.grid).toBeFocused();

    await exporter.draftButton.click();
    await expect(exporter.draftDialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // Tab goes round inside the dialog.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      await expect(exporter.draftDialog.locator(':focus')).toHaveCount(1);
    }
    await exporter.footnotes().check();
    await exporter.sourcesAnnex().check();
    const { download, bytes } = await exporter.exportAndDownload(exporter.draftDialog);
    expect(download.suggestedFilename()).toBe('Projet de recommandations.docx');
    await expect(page.getByRole('status').filter({ hasText: 'Exporté vers Word : Projet de recommandations.docx' })).toBeVisible();
    await expect(exporter.draftButton).toBeFocused();
    // Exporting does not change the draft: it still cites inline.
    await expect(draft.inlineCitations).toHaveCount(2);

    const parts = await readDocxParts(bytes);
    const body = paragraphsOf(parts.document).filter((paragraph) => paragraph.text !== '');
    expect(body.filter((paragraph) => paragraph.style === 'OperativeParagraph').map((paragraph) => paragraph.text)).toEqual([french(i22), french(i23)]);
    expect(body[0]).toMatchObject({ style: 'Title', text: 'Projet de recommandations' });

    expect(footnoteReferencesOf(parts.document)).toEqual([1, 2]);
    expect([...footnotesOf(parts.footnotes).values()]).toEqual(['CTOC/COP/WG.7/2012/6, par.\u00a025', 'CTOC/COP/WG.7/2012/6, par.\u00a026']);

    expect(parts.styles).toContain('<w:lang w:val="fr-FR"/>');
    const textRuns = [...runsOf(parts.document), ...runsOf(parts.footnotes)].filter((run) => run.text.trim() !== '');
    expect(textRuns.filter((run) => !run.xml.includes('<w:lang w:val="fr-FR"/>'))).toEqual([]);

    const annex = body.slice(body.findIndex((paragraph) => paragraph.style === 'AnnexHeading'));
    expect(annex.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['AnnexHeading', 'Sources'],
      ['SourceCitation', 'CTOC/COP/WG.7/2012/6, par.\u00a025'],
      ['SourceText', french(i22)],
      ['SourceCitation', 'CTOC/COP/WG.7/2012/6, par.\u00a026'],
      ['SourceText', french(i23)],
    ]);

    // A well-kept reader agrees: the two texts in order, each followed by its note call, and the notes.
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    const first = html.indexOf(french(i22).slice(0, 60));
    const second = html.indexOf(french(i23).slice(0, 60));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain('<li id="footnote-1"><p> CTOC/COP/WG.7/2012/6, par.\u00a025 ');
    expect(html).toContain('<li id="footnote-2"><p> CTOC/COP/WG.7/2012/6, par.\u00a026 ');
    // Asked for, the precedent check report follows as an annex: both paragraphs are agreed language as is.
    await exporter.draftButton.click();
    await exporter.checkReport().check();
    const withReport = await exporter.exportAndDownload(exporter.draftDialog);
    const reportTexts = paragraphsOf((await readDocxParts(withReport.bytes)).document).map((paragraph) => paragraph.text);
    expect(reportTexts).toContain('Vérification des précédents');
    expect(reportTexts.filter((text) => text.startsWith('Dispositif, paragraphe') && text.includes('Libellé convenu tel quel'))).toHaveLength(2);
  });

  test('as a UN document: masthead, distribution block and page furniture, with fields the draft keeps', async ({ page }) => {
    const { draft } = await draftQuotingI22(page);

    const exporter = new ExportDialog(page);
    await exporter.draftButton.click();
    await exporter.unDocumentLayout().check();
    await exporter.unDocumentField('Cote').fill('CTOC/COP/WG.7/2026/L.1');
    await exporter.unDocumentField('Distribution').selectOption({ label: 'Générale' });
    await exporter.unDocumentField('Date').fill('2026-07-02');
    await exporter.unDocumentField('Organe').fill('Groupe de travail sur le trafic illicite de migrants');
    expect(await seriousViolations(page)).toEqual([]);
    const { bytes } = await exporter.exportAndDownload(exporter.draftDialog);

    const parts = await readDocxParts(bytes);
    const body = paragraphsOf(parts.document).filter((paragraph) => paragraph.style !== null);
    expect(body.slice(0, 6).map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['UnDistribution', 'Distr. générale'],
      ['UnDistribution', '2 juillet 2026'],
      ['UnDistribution', ''],
      ['UnDistribution', 'Original\u00a0: français'],
      ['UnBody', 'Groupe de travail sur le trafic illicite de migrants'],
      ['Title', 'Projet de recommandations'],
    ]);
    expect(parts.document).toContain('<w:titlePg/>');

    // Filled in once: the draft keeps the fields, after a reload too.
    await draft.waitUntilSaved();
    await page.reload();
    await expect(draft.precedents).toHaveCount(1);
    await exporter.draftButton.click();
    await expect(exporter.unDocumentLayout()).toBeChecked();
    await expect(exporter.unDocumentField('Cote')).toHaveValue('CTOC/COP/WG.7/2026/L.1');
    await expect(exporter.unDocumentField('Distribution')).toHaveValue('general');
  });

  test('rows selected in the table compile in English, grouped by document', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).click();
    const exporter = new ExportDialog(page);
    await exporter.compileRowsButton().click();
    await expect(exporter.compileDialog).toContainText('1 paragraphe de libellé convenu');
    await exporter.groupBy(exporter.compileDialog, 'Document').check();
    await exporter.compileDialog.getByRole('radio', { name: 'Anglais', exact: true }).check();
    const { download, bytes } = await exporter.exportAndDownload(exporter.compileDialog);
    expect(download.suggestedFilename()).toBe('Compilation of agreed language.docx');

    const body = paragraphsOf((await readDocxParts(bytes)).document).filter((paragraph) => paragraph.text !== '');
    expect(body.map((paragraph) => paragraph.style)).toEqual(['Title', 'GroupHeading', 'SourceCitation', 'SourceText', 'SourceText']);
    expect(body[1]?.text).toMatch(/^CTOC\/COP\/WG\.7\/2012\/6/);
    expect(body[2]?.text).toBe('CTOC/COP/WG.7/2012/6, para. 25');
    // The corpus has no English version of I.22: the entry says so and quotes the French, never translated.
    expect(body[3]?.text).toBe('No English version available. French text:');
    expect(body[4]?.text).toBe(french(i22));
  });

  test('a theme chosen in the theme tree compiles into a briefing document of its paragraphs', async ({ page }) => {
    const label = 'Appui consulaire et diplomatique';
    const theme = index.corpus.themes.find((candidate) => candidate.label.fr === label);
    if (!theme || theme.childIds.length > 0) throw new Error(`"${label}" is a theme without sub-themes`);
    const texts = theme.paragraphIds.map((id) => index.paragraphs.get(id)?.text.fr);

    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    const exporter = new ExportDialog(page);
    await expect(exporter.compileThemesButton()).toHaveAttribute('aria-disabled', 'true');
    await desk.themes.choose(label);
    await exporter.compileThemesButton().click();
    await expect(exporter.compileDialog).toBeVisible();
    await expect(exporter.compileDialog).toContainText(`${texts.length} paragraphes de libellé convenu`);
    await expect(exporter.groupBy(exporter.compileDialog, 'Thème')).toBeChecked();
    const { download, bytes } = await exporter.exportAndDownload(exporter.compileDialog);
    expect(download.suggestedFilename()).toBe(`Compilation de textes agréés ${label}.docx`);

    const body = paragraphsOf((await readDocxParts(bytes)).document).filter((paragraph) => paragraph.text !== '');
    expect(body[0]).toMatchObject({ style: 'Title', text: `Compilation de textes agréés\u00a0: ${label}` });
    expect(body.filter((paragraph) => paragraph.style === 'GroupHeading').map((paragraph) => paragraph.text)).toEqual([label]);
    const sourceTexts = body.filter((paragraph) => paragraph.style === 'SourceText').map((paragraph) => paragraph.text);
    expect(sourceTexts.sort()).toEqual([...texts].sort());
    expect(body.filter((paragraph) => paragraph.style === 'SourceCitation')).toHaveLength(texts.length);
  });
});
