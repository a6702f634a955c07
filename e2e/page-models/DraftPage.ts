import { expect, type Locator, type Page } from '@playwright/test';

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

  diff(): Locator {
    return this.inspector.getByLabel(/^(Modifications par rapport à la source|Changes against the source)$/);
  }
}
