import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import { appendParagraph, appendToParagraph, changeWordInControl, deletion, editDocument, insertion, run } from '../shared/roundtrip/testing/editDocx';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { NegotiationPage } from './page-models/NegotiationPage';
import { OpenWordDraft } from './page-models/OpenWordDraft';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { expect, test } from './utils/fixtures';
import { findRow } from './utils/findRow';

test.use({ locale: 'fr-FR' });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let index: CorpusIndex;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
});

test.describe('a Word document opened as a draft', () => {
  test('exported, edited in Word with tracked changes and a bracket, then opened back: the summary and the proposals in the editor', async ({ page }) => {
    test.setTimeout(60_000);
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    const draft = new DraftPage(page);
    await draft.startNewDraft();
    await draft.title.fill('Projet aller-retour');
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    await (await findRow(desk, 'améliorer leur coopération dans toute la mesure possible', 'I.23')).dragTo(draft.editor);
    await expect(draft.precedents).toHaveCount(2);

    const exporter = new ExportDialog(page);
    await exporter.draftButton.click();
    await exporter.footnotes().check();
    const { bytes } = await exporter.exportAndDownload(exporter.draftDialog);

    // In Word: a word changed inside I.23, an insertion proposed by Mexico after I.22, a new paragraph with Canada's deletion and a bracket.
    const i22 = compendiumParagraph(index, 'A:I.22').text.fr ?? '';
    const edited = await editDocument(bytes, (xml) => {
      let out = changeWordInControl(xml, 1, 'coopération', 'collaboration');
      out = appendToParagraph(out, i22.slice(0, 40), insertion(' sans délai', 'Mexique'));
      return appendParagraph(out, 'OperativeParagraph', run('Invite les États ') + deletion('parties ', 'Canada') + run('à [échanger des informations].'));
    });

    const opener = new OpenWordDraft(page);
    await opener.open({ name: 'Projet aller-retour (Mexique).docx', mimeType: DOCX, buffer: Buffer.from(edited) });
    await expect(opener.summary).toContainText('Projet aller-retour (Mexique).docx ouvert comme nouveau projet');
    await expect(opener.summary).toContainText('1 précédent cité mot pour mot, retrouvé par son contrôle de contenu');
    await expect(opener.summary).toContainText('1 précédent modifié, retrouvé par son contrôle de contenu (dont 1 modifié dans Word)');
    await expect(opener.summary).toContainText('Mexique : 1 insertion(s) et 0 suppression(s) proposées');
    await expect(opener.summary).toContainText('Canada : 0 insertion(s) et 1 suppression(s) proposées');
    await expect(opener.summary).toContainText('1 passage(s) entre crochets');

    // The new draft is open in the editor, its title from the document, the proposals shown with their sponsors.
    await expect(draft.title).toHaveValue('Projet aller-retour');
    await expect(draft.precedents).toHaveCount(2);
    await expect(draft.precedents.nth(1)).toHaveAttribute('data-modified', 'true');
    const negotiation = new NegotiationPage(page, draft);
    const shown = await Promise.all((await draft.operativeParagraphs.all()).map((paragraph) => negotiation.shownText(paragraph)));
    expect(shown.find((text) => text.includes('sans délai'))).toMatch(/Mexique.*sans délai/);
    expect(shown.find((text) => text.includes('Invite les États'))).toMatch(/Canada.*parties/);
    expect(shown.find((text) => text.includes('Invite les États'))).toContain('[échanger des informations]');
    await draft.waitUntilSaved();
  });

  test('a file that is not a Word document gets a clear message and no draft', async ({ page }) => {
    const desk = new PrecedentDesk(page);
    await desk.openFresh();
    const opener = new OpenWordDraft(page);
    await opener.open({ name: 'faux.docx', mimeType: DOCX, buffer: Buffer.from('Ceci n’est pas un document Word.') });
    await expect(page.getByRole('status').filter({ hasText: 'faux.docx n’est pas un document Word (.docx), quoi qu’en dise son nom.' })).toBeVisible();
    await expect(opener.summary).toHaveCount(0);
  });
});
