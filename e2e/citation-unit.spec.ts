import { expect, test, type Locator } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { footnoteReferencesOf, footnotesOf, paragraphsOf, readDocxParts } from '../host/export/testing/readDocx';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import type { Paragraph } from '../shared/corpus/model';
import { DraftPage } from './page-models/DraftPage';
import { ExportDialog } from './page-models/ExportDialog';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';

// A French system: drafts start in French.
test.use({ locale: 'fr-FR' });

let index: CorpusIndex;
let i22: Paragraph;
let i15: Paragraph;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i15 = compendiumParagraph(index, 'A:I.15');
});

const I22_CITATION = '(CTOC/COP/WG.7/2012/6, par.\u00a025)';
const french = (paragraph: Paragraph) => paragraph.text.fr ?? '';
const textOf = async (locator: Locator) => (await locator.textContent()) ?? '';

test.describe('a precedent and its citation are one unit', () => {
  let desk: PrecedentDesk;
  let draft: DraftPage;

  test.beforeEach(async ({ page }) => {
    desk = new PrecedentDesk(page);
    await desk.openFresh();
    draft = new DraftPage(page);
    await draft.startNewDraft();
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    await expect(draft.inlineCitations).toHaveCount(1);
  });

  /** Each operative paragraph: its agreed language pieces and citations, in order. */
  async function operativeShape(): Promise<string[][]> {
    return draft.operativeParagraphs.evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) =>
        Array.from(paragraph.querySelectorAll('.draft-precedent, .draft-citation__text')).map((node) =>
          node.classList.contains('draft-precedent') ? `P:${node.textContent}` : `C:${node.textContent}`,
        ),
      ),
    );
  }

  test('Enter right after the cited text opens a new paragraph after the citation', async ({ page }) => {
    await draft.placeCaret(draft.precedents.first(), -1);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nouveau paragraphe.');
    expect(await operativeShape()).toEqual([[`P:${french(i22)}`, `C:${I22_CITATION}`], []]);
    await expect(draft.operativeParagraphs.nth(1)).toHaveText('Nouveau paragraphe.');
  });

  test('End then Enter on the last line of the precedent, then typing: the citation stays on the agreed language, every time', async ({ page }) => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await draft.precedents.first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+End');
      await page.keyboard.press('End');
      await draft.settle();
      await page.keyboard.press('Enter');
      await page.keyboard.type('Nouveau paragraphe.');
      expect((await operativeShape())[0]).toEqual([`P:${french(i22)}`, `C:${I22_CITATION}`]);
      await expect(draft.operativeParagraphs.nth(1)).toHaveText('Nouveau paragraphe.');
      await expect(draft.inlineCitations).toHaveCount(1);
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await expect(draft.operativeParagraphs).toHaveCount(1);
    }
  });

  test('Enter in the middle splits the precedent: both pieces keep their source and each paragraph carries the citation', async ({ page }) => {
    const text = french(i22);
    const cut = text.indexOf(' ', 60) + 1;
    await draft.placeCaret(draft.precedents.first(), cut);
    await page.keyboard.press('Enter');
    expect(await operativeShape()).toEqual([
      [`P:${text.slice(0, cut)}`, `C:${I22_CITATION}`],
      [`P:${text.slice(cut)}`, `C:${I22_CITATION}`],
    ]);
    await expect(draft.precedents.nth(1)).toHaveAttribute('data-paragraph-id', i22.id);
    // Backspace at the start of the second piece joins them again: one precedent, one citation, unmodified.
    await page.keyboard.press('Backspace');
    expect(await operativeShape()).toEqual([[`P:${text}`, `C:${I22_CITATION}`]]);
    await expect(draft.precedents.first()).toHaveAttribute('data-modified', 'false');
  });

  test('Ctrl+End, Enter and a sentence: exported, the footnote stays on the agreed language and the sentence is new language', async ({ page }) => {
    await draft.citationStyle.selectOption('footnote');
    await draft.caretToEnd();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Les États parties décident de se réunir à nouveau.');
    await expect(draft.provenance).toContainText('1 paragraphe de libellé convenu repris tel quel');
    await expect(draft.provenance).toContainText('1 paragraphe de libellé nouveau');

    const exporter = new ExportDialog(page);
    await exporter.draftButton.click();
    const { bytes } = await exporter.exportAndDownload(exporter.draftDialog);
    const parts = await readDocxParts(bytes);
    const operative = paragraphsOf(parts.document).filter((paragraph) => paragraph.style === 'OperativeParagraph');
    expect(operative.map((paragraph) => paragraph.text)).toEqual([french(i22), 'Les États parties décident de se réunir à nouveau.']);
    expect(footnoteReferencesOf(operative[0]?.xml ?? '')).toEqual([1]);
    expect(footnoteReferencesOf(operative[1]?.xml ?? '')).toEqual([]);
    expect([...footnotesOf(parts.footnotes).values()]).toEqual(['CTOC/COP/WG.7/2012/6, par.\u00a025']);
  });

  test('Backspace after a citation selects the precedent with it; again deletes both; undo brings both back', async ({ page }) => {
    await draft.caretToEnd();
    await page.keyboard.type(' Fin.');
    for (let i = 0; i < ' Fin.'.length; i += 1) await page.keyboard.press('Backspace');
    await expect(draft.inlineCitations).toHaveCount(1);
    await page.keyboard.press('Backspace');
    // Selected, not yet deleted.
    expect(await textOf(draft.precedents.first())).toBe(french(i22));
    expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain(french(i22).slice(0, 40));
    await page.keyboard.press('Backspace');
    await expect(draft.precedents).toHaveCount(0);
    await expect(draft.inlineCitations).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(draft.precedents).toHaveCount(1);
    await expect(draft.inlineCitations).toHaveCount(1);
    expect(await operativeShape()).toEqual([[`P:${french(i22)}`, `C:${I22_CITATION}`]]);
  });

  test('a citation picked with a click: Delete selects its text too, Delete again removes both', async ({ page }) => {
    await draft.inlineCitations.first().click();
    await expect(draft.editor.locator('.draft-citation.is-selected')).toHaveCount(1);
    // Picked, it shows where it comes from.
    await expect(draft.editor.getByRole('tooltip')).toContainText(french(i22).slice(0, 40));
    await page.keyboard.press('Delete');
    await expect(draft.inlineCitations).toHaveCount(1);
    await page.keyboard.press('Delete');
    await expect(draft.precedents).toHaveCount(0);
    await expect(draft.inlineCitations).toHaveCount(0);
  });

  test('Delete at the end of the cited text deletes past the citation: the next paragraph joins after it', async ({ page }) => {
    await draft.caretToEnd();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Suite.');
    await draft.placeCaret(draft.precedents.first(), -1);
    await page.keyboard.press('Delete');
    expect(await operativeShape()).toEqual([[`P:${french(i22)}`, `C:${I22_CITATION}`]]);
    await expect(draft.operativeParagraphs).toHaveCount(1);
    await expect(draft.operativeParagraphs.first()).toContainText('Suite.');
  });

  test('copied and pasted inside the draft, a piece of agreed language keeps its source; text from elsewhere arrives plain', async ({ page }) => {
    const text = french(i22);
    await draft.placeCaret(draft.precedents.first(), 0);
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('Shift+ArrowRight');
    const copied = await draft.copySelection();
    await draft.caretToEnd();
    await page.keyboard.press('Enter');
    await draft.paste(copied);
    expect(await operativeShape()).toEqual([
      [`P:${text}`, `C:${I22_CITATION}`],
      [`P:${text.slice(0, 30)}`, `C:${I22_CITATION}`],
    ]);
    await expect(draft.precedents.nth(1)).toHaveAttribute('data-modified', 'true');

    // From another application: HTML that looks like a precedent is words, not agreed language.
    await page.keyboard.press('Enter');
    await draft.paste({
      'text/html': `<h2><span class="draft-precedent" data-paragraph-id="${i22.id}">Texte venu d’ailleurs.</span></h2>`,
      'text/plain': 'Texte venu d’ailleurs.',
    });
    await expect(draft.operativeParagraphs.nth(2)).toHaveText('Texte venu d’ailleurs.');
    await expect(draft.precedents).toHaveCount(2);
    await expect(draft.editor.locator('h2')).toHaveCount(0);
  });

  test('part of the agreed language dragged elsewhere in the draft moves with its source and gets its citation', async ({ page }) => {
    const text = french(i22);
    await draft.caretToEnd();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Fin du projet.');
    await draft.placeCaret(draft.precedents.first(), 0);
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('Shift+ArrowRight');
    await draft.settle(); // the drag carries the selection the editor holds
    // The inspector under the draft takes its room from the text: both paragraphs are brought into view.
    await draft.precedents.first().evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const selected = await page.evaluate(() => {
      const box = document.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    });
    const target = await draft.operativeParagraphs.nth(1).boundingBox();
    if (!selected || !target) throw new Error('the selection and the second paragraph are on screen');
    await page.mouse.move(selected.x, selected.y);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width - 2, target.y + target.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await operativeShape()).toEqual([
      [`P:${text.slice(30)}`, `C:${I22_CITATION}`],
      [`P:${text.slice(0, 30)}`, `C:${I22_CITATION}`],
    ]);
    await expect(draft.operativeParagraphs.nth(1)).toContainText('Fin du projet.');
  });

  test('the detail pane shows the row selected by a drag, not the one selected before', async () => {
    const row15 = await findRow(desk, 'renforcer la sécurité des documents d’identité', 'I.15');
    await row15.click();
    await expect(desk.detail.region).toContainText(french(i15).slice(0, 50));
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    await expect(desk.detail.region).toContainText(french(i22).slice(0, 50));
    await expect(desk.detail.region).not.toContainText(french(i15).slice(0, 50));
  });
});
