import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { compendiumParagraph } from '../host/corpus/testing/compendiumParagraph';
import { indexCorpus, type CorpusIndex } from '../shared/corpus/corpusIndex';
import type { Paragraph } from '../shared/corpus/model';
import type { DraftFile } from '../shared/draft/model';
import { DraftPage } from './page-models/DraftPage';
import { PrecedentDesk } from './page-models/PrecedentDesk';
import { findRow } from './utils/findRow';
import { E2E_DATA_DIR, E2E_PORT, E2E_TOKEN } from './utils/testServer';
import { WebModeProcess } from './utils/webModeProcess';

// A French system, as on a delegate's French-language laptop: drafts start in French.
test.use({ locale: 'fr-FR' });

let index: CorpusIndex;
let i22: Paragraph;
let i23: Paragraph;

test.beforeAll(async () => {
  index = indexCorpus(await loadBundledCorpus());
  i22 = compendiumParagraph(index, 'A:I.22');
  i23 = compendiumParagraph(index, 'A:I.23');
});

const textOf = async (locator: { textContent(): Promise<string | null> }) => (await locator.textContent()) ?? '';

test.describe('the draft', () => {
  let desk: PrecedentDesk;
  let draft: DraftPage;

  test.beforeEach(async ({ page }) => {
    desk = new PrecedentDesk(page);
    await desk.openFresh();
    draft = new DraftPage(page);
    await draft.startNewDraft();
  });

  test('dragging I.22 into an empty draft inserts its text and its citation; in English the citation follows', async () => {
    const row = await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22');
    await row.dragTo(draft.editor);

    await expect(draft.precedents).toHaveCount(1);
    expect(await textOf(draft.precedents.first())).toBe(i22.text.fr);
    // Exact text: French typography puts a non-breaking space after "par.".
    expect(await textOf(draft.inlineCitations.first())).toBe('(CTOC/COP/WG.7/2012/6, par.\u00a025)');
    await expect(draft.provenance).toContainText('1 paragraphe de libellé convenu repris tel quel');

    await draft.setLanguage('en');
    await expect(draft.inlineCitations.first()).toHaveText('(CTOC/COP/WG.7/2012/6, para. 25)');
    // The corpus has no English version: the French text stays, never translated, and is flagged.
    expect(await textOf(draft.precedents.first())).toBe(i22.text.fr);
    await expect(draft.precedents.first()).toHaveAttribute('lang', 'fr');
    await draft.precedents.first().click();
    await expect(draft.inspector).toContainText('pas de version anglaise');
    const notice = draft.pane.getByRole('status').filter({ hasText: /sans version anglaise|has no English version/ });
    await expect(notice).toHaveText('1 libellé convenu sans version anglaise : conservé en français et signalé.');
    // The notice follows the interface language.
    await desk.interfaceLanguage('English').check();
    await expect(notice).toHaveText('1 precedent has no English version: kept in French and flagged.');
  });

  test('"Insert into draft" from the keyboard inserts the selected row and leaves the focus in the table', async ({ page }) => {
    await findRow(desk, 'améliorer leur coopération dans toute la mesure possible', 'I.23');
    await desk.results.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');

    await expect(draft.precedents).toHaveCount(1);
    expect(await textOf(draft.precedents.first())).toBe(i23.text.fr);
    await expect(draft.inlineCitations).toHaveCount(1);
    await expect(desk.results.grid).toBeFocused();

    // A second insertion follows the first.
    await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22');
    await desk.results.grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+Enter');
    await expect(draft.precedents).toHaveCount(2);
    expect(await textOf(draft.precedents.nth(1))).toBe(i22.text.fr);
  });

  test('an empty draft says what to do; an insertion from the keyboard is brought into view, flashes and is announced', async ({ page }) => {
    await expect(draft.emptyHint).toBeVisible();
    await expect(draft.emptyHint).toContainText('Ctrl+Entrée');

    // A long draft, its end out of sight: the insertion lands where the caret was, at the end.
    await draft.caretToEnd();
    for (let i = 0; i < 40; i += 1) await page.keyboard.press('Enter');
    await page.keyboard.type('Fin du projet.');
    await expect(draft.emptyHint).toBeHidden();
    await draft.editor.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) node.scrollTop = 0;
    });
    await findRow(desk, 'améliorer leur coopération dans toute la mesure possible', 'I.23');
    await desk.results.grid.focus();
    await page.keyboard.press('ArrowDown');
    // The flash lasts a moment, which a slow machine's scrolling can outlast: it is watched for from the start.
    await draft.editor.evaluate((editor) => {
      const watched = window as unknown as { flashed?: boolean };
      watched.flashed = false;
      new MutationObserver(() => {
        if (editor.querySelector('.draft-precedent.draft-precedent--inserted')) watched.flashed = true;
      }).observe(editor, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.keyboard.press('Control+Enter');

    await expect(draft.precedents).toHaveCount(1);
    await expect(draft.precedents.first()).toBeInViewport();
    await expect.poll(() => page.evaluate(() => (window as unknown as { flashed?: boolean }).flashed)).toBe(true);
    await expect(draft.precedents.first()).not.toHaveClass(/draft-precedent--inserted/);
    await expect(page.getByRole('status').filter({ hasText: 'Libellé convenu inséré dans le projet, avec sa citation.' })).toHaveCount(1);
    await expect(desk.results.grid).toBeFocused();
  });

  test('editing inserted agreed language flags it as modified, the diff shows the change, and the original comes back', async ({ page }) => {
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    const precedent = draft.precedents.first();
    await expect(precedent).toHaveAttribute('data-modified', 'false');

    // Double-click a word of the second line and type over it.
    const box = await precedent.boundingBox();
    if (!box) throw new Error('the precedent is on screen');
    await precedent.dblclick({ position: { x: box.width / 2, y: box.height / 3 } });
    const replaced = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
    expect(replaced).not.toBe('');
    await page.keyboard.type('NOUVEAU');

    await expect(precedent).toHaveAttribute('data-modified', 'true');
    // As Word shows a tracked change: only the word typed in is marked, and the place of the one it replaced.
    await expect.poll(() => draft.changedWordMarks('added')).toEqual(['NOUVEAU']);
    await expect.poll(() => draft.changedWordMarks('removed')).toHaveLength(1);
    await expect(draft.inspector).toContainText('Libellé convenu modifié');
    await expect(draft.provenance).toContainText('1 paragraphe de libellé convenu modifié');
    await draft.showChangesButton().click();
    await expect(draft.diff().locator('ins')).toHaveText(['NOUVEAU']);
    await expect(draft.diff().locator('del')).toHaveText([replaced]);

    await draft.restoreButton().click();
    await expect(precedent).toHaveAttribute('data-modified', 'false');
    expect(await textOf(precedent)).toBe(i22.text.fr);
    expect(await draft.changedWordMarks('added')).toEqual([]);
  });

  test('citations as footnotes: a numbered marker in the text, the notes under the draft', async () => {
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    await draft.citationStyle.selectOption('footnote');
    await expect(draft.inlineCitations).toHaveCount(0);
    await expect(draft.editor.locator('.draft-citation__marker')).toHaveText(['1']);
    await expect(draft.footnotes).toHaveCount(1);
    expect(await textOf(draft.footnotes.first())).toBe('CTOC/COP/WG.7/2012/6, par.\u00a025');
  });
});

test.describe('the draft on disk', () => {
  const webMode = new WebModeProcess(`${E2E_DATA_DIR}-restart`, { port: E2E_PORT + 1, token: E2E_TOKEN });
  test.afterEach(() => webMode.stop());

  async function openDesk(page: Page): Promise<{ desk: PrecedentDesk; draft: DraftPage }> {
    await page.goto(webMode.url);
    const desk = new PrecedentDesk(page);
    await expect(desk.results.rows.first()).toBeVisible();
    const draft = new DraftPage(page);
    await expect(draft.editor).toBeVisible();
    return { desk, draft };
  }

  test('killing and restarting the web mode: the draft is intact, read back from its file', async ({ page }) => {
    test.setTimeout(120_000);
    await webMode.start();
    const { desk, draft } = await openDesk(page);
    await draft.title.fill('Projet de recommandation sur l’assistance consulaire');
    await (await findRow(desk, 'représentations diplomatiques et consulaires', 'I.22')).dragTo(draft.editor);
    await draft.editor.press('End');
    await draft.editor.press('Enter');
    await draft.editor.pressSequentially('Les États parties devraient échanger leurs données.');
    await draft.waitUntilSaved();
    const id = await draft.openedDraftId();

    await webMode.stop();
    const file = JSON.parse(await readFile(join(webMode.dataDir, 'drafts', `${id}.json`), 'utf8')) as DraftFile;
    expect(file.title).toBe('Projet de recommandation sur l’assistance consulaire');
    expect(file.content.operative).toEqual([
      {
        style: 'body',
        runs: [
          { type: 'precedent', paragraphId: i22.id, lang: 'fr', text: i22.text.fr, sourceText: i22.text.fr },
          { type: 'citation', paragraphId: i22.id },
        ],
        negotiation: { label: { number: 1, addendum: 0 } },
      },
      { style: 'body', runs: [{ type: 'text', text: 'Les États parties devraient échanger leurs données.' }], negotiation: { label: { number: 2, addendum: 0 } } },
    ]);

    await webMode.start();
    const reopened = await openDesk(page);
    await expect(reopened.draft.title).toHaveValue('Projet de recommandation sur l’assistance consulaire');
    expect(await textOf(reopened.draft.precedents.first())).toBe(i22.text.fr);
    expect(await textOf(reopened.draft.inlineCitations.first())).toBe('(CTOC/COP/WG.7/2012/6, par.\u00a025)');
    await expect(reopened.draft.editor).toContainText('Les États parties devraient échanger leurs données.');
  });

  test('a damaged draft file: the host’s message, the file set aside, and an earlier version to open', async ({ page }) => {
    test.setTimeout(120_000);
    await webMode.start();
    const { draft } = await openDesk(page);
    await draft.startNewDraft();
    await draft.title.fill('Version conservée');
    await draft.waitUntilSaved();
    await draft.editor.click();
    await draft.editor.pressSequentially('Texte écrit après la sauvegarde de secours.');
    await draft.waitUntilSaved();
    const id = await draft.openedDraftId();

    await webMode.stop();
    const path = join(webMode.dataDir, 'drafts', `${id}.json`);
    const saved = await readFile(path, 'utf8');
    await writeFile(path, saved.slice(0, saved.length / 2));
    await webMode.start();
    await page.goto(webMode.url);

    const notice = draft.pane.getByRole('alert');
    await expect(notice).toContainText(id);
    await expect(notice).toContainText(/cut off|coupé|JSON/);
    expect((await readdir(join(webMode.dataDir, 'drafts'))).some((name) => name.startsWith(`${id}.corrupt-`))).toBe(true);
    const backups = notice.getByRole('button', { name: /^(Ouvrir la version enregistrée le|Open the version saved on)/ });
    await expect(backups).not.toHaveCount(0);
    await backups.first().click();

    await expect(draft.editor).toBeVisible();
    await draft.waitUntilSaved();
    const restored = JSON.parse(await readFile(path, 'utf8')) as DraftFile;
    expect(restored.id).toBe(id);
    await expect(draft.title).toHaveValue(restored.title);
  });
});
