import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

/** "Check a Word document" in the precedent check panel. */
export class WordCheck {
  readonly region: Locator;
  readonly checkButton: Locator;
  readonly saveButton: Locator;
  readonly status: Locator;

  constructor(readonly page: Page, panel: Locator) {
    this.region = panel.getByRole('region', { name: /^(Vérifier un document Word|Check a Word document)$/ });
    this.checkButton = this.region.getByRole('button', { name: /^(Vérifier un document Word|Check a Word document)$/ });
    this.saveButton = this.region.getByRole('button', { name: /^(Enregistrer une copie commentée|Save a copy with comments)$/ });
    this.status = this.region.getByRole('status');
  }

  /** Chooses the file as the user does, through the page's file chooser. */
  async check(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.checkButton.click();
    await (await chooser).setFiles(file);
  }

  /** The result of a Word paragraph, by its 1-based position in the document. */
  paragraph(position: number): Locator {
    return this.region.getByRole('region', { name: new RegExp(`^(Paragraphe Word|Word paragraph) ${position}( \\(|$)`) });
  }

  async saveAnnotated(): Promise<{ name: string; bytes: Uint8Array }> {
    const downloading = this.page.waitForEvent('download');
    await this.saveButton.click();
    const download = await downloading;
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
  }
}
