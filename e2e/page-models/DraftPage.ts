import { expect, type Locator, type Page } from '@playwright/test';
import { highlightTexts } from '../utils/highlights';

/** The draft pane: drafts list, header, editor, notes, the agreed-language inspector and the provenance summary. */
export class DraftPage {
  readonly pane: Locator;
  readonly draftSelect: Locator;
  readonly newDraftButton: Locator;
  readonly title: Locator;
  readonly language: Locator;
  readonly citationStyle: Locator;
  readonly saveStatus: Locator;
  readonly editor: Locator;
  /** Inserted agreed language (one element per precedent). */
  readonly precedents: Locator;
  /** The citations as the draft shows them, in parentheses. */
  readonly inlineCitations: Locator;
  readonly footnotes: Locator;
  readonly inspector: Locator;
  readonly provenance: Locator;
  /** The operative part's paragraphs, blank ones included. */
  readonly operativeParagraphs: Locator;
  /** What an empty draft says to do. */
  readonly emptyHint: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByRole('region', { name: /^(Rédaction du projet|Draft editing)$/ });
    this.draftSelect = this.pane.getByRole('combobox', { name: /^(Projet|Draft)$/ });
    this.newDraftButton = this.pane.getByRole('button', { name: /^(Nouveau projet|New draft)$/ });
    this.title = this.pane.getByRole('textbox', { name: /^(Titre|Title)$/ });
    this.language = this.pane.getByRole('combobox', { name: /^(Langue du projet|Draft language)$/ });
    this.citationStyle = this.pane.getByRole('combobox', { name: /^Citations$/ });
    this.saveStatus = this.pane.getByRole('status').filter({ hasText: /^(Enregistr|Saved|Saving|Modifications|Unsaved|Non enregistré|Not saved)/ });
    this.editor = this.pane.getByRole('textbox', { name: /^(Texte du projet|Draft text)$/ });
    this.precedents = this.editor.locator('.draft-precedent');
    this.inlineCitations = this.editor.locator('.draft-citation__text');
    this.footnotes = this.pane.getByRole('region', { name: /^Notes$/ }).getByRole('listitem');
    this.inspector = this.pane.getByRole('complementary', { name: /^(Libellé convenu au curseur|Agreed language at the cursor)$/ });
    this.provenance = this.pane.getByRole('region', { name: /^Provenance$/ });
    this.operativeParagraphs = this.editor.locator('.draft-section').nth(1).locator('.draft-paragraph');
    this.emptyHint = this.pane.getByText(/^(Pour commencer|To begin)/);
  }

  /** Starts an empty draft, so each test writes on a clean sheet. */
  async startNewDraft(): Promise<void> {
    const before = await this.draftSelect.inputValue();
    await this.newDraftButton.click();
    await expect(this.draftSelect).not.toHaveValue(before);
    await expect(this.editor).toBeVisible();
  }

  async openedDraftId(): Promise<string> {
    return this.draftSelect.inputValue();
  }

  async setLanguage(lang: 'fr' | 'en'): Promise<void> {
    await this.language.selectOption(lang);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^(Enregistré|Saved)$/);
  }

  showChangesButton(): Locator {
    return this.inspector.getByRole('button', { name: /^(Voir les modifications|Show changes)$/ });
  }

  restoreButton(): Locator {
    return this.inspector.getByRole('button', { name: /^(Rétablir l’original|Restore original)$/ });
  }

  /** In modified agreed language, the words marked as typed in, or the spaces marked where words were taken out. */
  changedWordMarks(kind: 'added' | 'removed'): Promise<string[]> {
    return highlightTexts(this.page, `precedent-${kind}-words`);
  }

  diff(): Locator {
    return this.inspector.getByLabel(/^(Modifications par rapport à la source|Changes against the source)$/);
  }

  /**
   * Puts the caret `offset` characters into the text of `element` (counted from its end when
   * negative), as a click there would, and waits until the editor has taken it.
   */
  async placeCaret(element: Locator, offset: number): Promise<void> {
    await this.editor.focus();
    await element.evaluate((node, wanted) => {
      const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let current = walker.nextNode(); current; current = walker.nextNode()) texts.push(current as Text);
      const total = texts.reduce((sum, text) => sum + text.length, 0);
      let remaining = wanted < 0 ? total + wanted + 1 : wanted;
      for (const text of texts) {
        if (remaining <= text.length) {
          node.ownerDocument.getSelection()?.collapse(text, remaining);
          return;
        }
        remaining -= text.length;
      }
      throw new Error(`No offset ${wanted} in a text of ${total} characters`);
    }, offset);
    await this.settle();
  }

  /**
   * Waits until the editor has taken a caret the browser moved by itself (a click, Ctrl+End):
   * Lexical reads it on selectionchange, a task later; a key pressed at once would act on the old one.
   */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /** Clicks into the draft and moves the caret to its very end, as Ctrl+End does. */
  async caretToEnd(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.settle();
  }

  /**
   * Copies or cuts the draft's selection through the clipboard events the browser fires (a headless
   * browser has no system clipboard), and gives back what the draft put on the clipboard.
   * The editor copies the selection it holds, taken from the page a task after the last key
   * (seen 13 letters short in CI), so it settles first.
   */
  async copySelection(kind: 'copy' | 'cut' = 'copy'): Promise<Record<string, string>> {
    await this.settle();
    return this.editor.evaluate((editor, type) => {
      const data = new DataTransfer();
      editor.dispatchEvent(new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true }));
      return Object.fromEntries(data.types.map((format) => [format, data.getData(format)]));
    }, kind);
  }

  /** Pastes `items` (clipboard format → data) at the caret, as Ctrl+V does. */
  async paste(items: Record<string, string>): Promise<void> {
    await this.editor.evaluate((editor, entries) => {
      const data = new DataTransfer();
      for (const [format, value] of Object.entries(entries)) data.setData(format, value);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, items);
  }
}
