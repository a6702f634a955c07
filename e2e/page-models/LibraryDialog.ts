import { expect, type Locator, type Page } from '@playwright/test';

/** The Library dialog: import documents, preview, confirm; list and remove imported documents. */
export class LibraryDialog {
  readonly dialog: Locator;
  readonly chooseFiles: Locator;
  readonly confirm: Locator;
  /** A compendium edition's preview: its confirm button and what does not line up. */
  readonly confirmEdition: Locator;
  readonly editionMismatches: Locator;
  readonly alignment: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Bibliothèque|Library)$/ });
    this.chooseFiles = this.dialog.getByRole('button', { name: /^(Importer des documents…|Import documents…)$/ });
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
  async importFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.chooseFiles.click();
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
