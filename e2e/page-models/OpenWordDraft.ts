import type { Locator, Page } from '@playwright/test';

/** "Open a Word document as a draft" in the draft pane, and the summary it shows. */
export class OpenWordDraft {
  readonly button: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^(Ouvrir un document Word comme projet|Open a Word document as a draft)$/ });
    this.summary = page.getByRole('region', { name: /^(Ce que le document Word a donné|What the Word document gave)$/ });
  }

  /** Chooses the file as the user does, through the page's file chooser. */
  async open(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button.click();
    await (await chooser).setFiles(file);
  }
}
