import { expect, type Locator, type Page } from '@playwright/test';

/** The Library dialog: import documents, preview, confirm, or several without preview; list and remove imported documents. */
type ChosenFile = { name: string; mimeType: string; buffer: Buffer };

export class LibraryDialog {
  readonly dialog: Locator;
  readonly chooseFiles: Locator;
  readonly chooseWithoutPreview: Locator;
  readonly batchSummary: Locator;
  readonly confirm: Locator;
  /** A compendium edition's preview: its confirm button and what does not line up. */
  readonly confirmEdition: Locator;
  readonly editionMismatches: Locator;
  readonly alignment: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Bibliothèque|Library)$/ });
    this.chooseFiles = this.dialog.getByRole('button', { name: /^(Importer des documents…|Import documents…)$/ });
    this.chooseWithoutPreview = this.dialog.getByRole('button', { name: /^(Importer plusieurs fichiers sans aperçu…|Import several without preview…)$/ });
    this.batchSummary = this.dialog.getByRole('region', { name: /^(Bilan de l’importation par lot|Batch import summary)$/ });
    this.confirm = this.dialog.getByRole('button', { name: /^(Ajouter à la bibliothèque|Add to the library)$/ });
    this.confirmEdition = this.dialog.getByRole('button', { name: /^(Ajouter le texte anglais à la bibliothèque|Add the English text to the library)$/ });
    this.editionMismatches = this.dialog.getByLabel(/^(Ce qui ne correspond pas|What does not line up)$/);
    this.alignment = this.dialog.locator('.library-alignment');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Bibliothèque|Library)$/ }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses files as the user does, through the page's file chooser. */
  importFiles(files: ChosenFile[]): Promise<void> {
    return this.choose(this.chooseFiles, files);
  }

  /** Chooses files for an import without preview: the host imports them and the dialog sums up. */
  importWithoutPreview(files: ChosenFile[]): Promise<void> {
    return this.choose(this.chooseWithoutPreview, files);
  }

  private async choose(button: Locator, files: ChosenFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(files);
  }

  paragraphText(path: string): Locator {
    return this.dialog.getByRole('textbox', { name: new RegExp(`^(Texte \\(en texte brut\\)|Text \\(as plain text\\)) ${path.replace(/\./g, '\\.')}$`) });
  }

  importedRow(name: string | RegExp): Locator {
    return this.dialog.getByRole('row').filter({ hasText: name });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Fermer|Close)$/ }).click();
    await expect(this.dialog).toBeHidden();
  }
}
