import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The "Export to Word" and "Compile to Word" dialogs, and the buttons that open them. */
export class ExportDialog {
  readonly draftDialog: Locator;
  readonly compileDialog: Locator;
  readonly draftButton: Locator;

  constructor(readonly page: Page) {
    this.draftDialog = page.getByRole('dialog', { name: /^(Exporter le projet vers Word|Export the draft to Word)$/ });
    this.compileDialog = page.getByRole('dialog', { name: /^(Compilation vers Word|Compile to Word)$/ });
    this.draftButton = page.getByRole('button', { name: /^(Exporter vers Word…|Export to Word…)$/ });
  }

  /** The theme navigator's button for the chosen theme(s); while none is chosen its name ends with why it cannot act. */
  compileThemesButton(): Locator {
    return this.page.getByRole('button', { name: /^(Compiler les? thèmes? vers Word…|Compile the themes? to Word…)( \(.+\))?$/ });
  }

  /** The results toolbar's button for the selected rows. */
  compileRowsButton(): Locator {
    return this.page.getByRole('button', { name: /^(Compiler vers Word…|Compile to Word…)( \(.+\))?$/ });
  }

  footnotes(): Locator {
    return this.draftDialog.getByRole('radio', { name: /^(En notes de bas de page|As footnotes)$/ });
  }

  inlineCitations(): Locator {
    return this.draftDialog.getByRole('radio', { name: /^(Entre parenthèses dans le texte|In parentheses in the text)$/ });
  }

  sourcesAnnex(): Locator {
    return this.draftDialog.getByRole('checkbox', { name: /^(Annexe « Sources »|“Sources” annex)/ });
  }

  checkReport(): Locator {
    return this.draftDialog.getByRole('checkbox', { name: /^(Rapport de vérification|Precedent check report)/ });
  }

  unDocumentLayout(): Locator {
    return this.draftDialog.getByRole('checkbox', { name: /^(Mise en page de document ONU|UN document layout)/ });
  }

  /** A field of the UN document layout, by its label ("Cote", "Date", "Distribution"...). */
  unDocumentField(label: string): Locator {
    return this.draftDialog.getByRole('group', { name: /^(Document ONU|UN document)/ }).getByLabel(label, { exact: true });
  }

  groupBy(dialog: Locator, grouping: 'Thème' | 'Document'): Locator {
    return dialog.getByRole('group', { name: 'Regrouper par' }).getByRole('radio', { name: grouping, exact: true });
  }

  exportButton(dialog: Locator): Locator {
    return dialog.getByRole('button', { name: /^(Exporter|Export)$/ });
  }

  /** Presses Export in `dialog` and gives back the browser's download and the file's bytes. */
  async exportAndDownload(dialog: Locator): Promise<{ download: Download; bytes: Uint8Array }> {
    const downloading = this.page.waitForEvent('download');
    await this.exportButton(dialog).click();
    const download = await downloading;
    const path = await download.path();
    await expect(dialog).toBeHidden();
    return { download, bytes: new Uint8Array(await readFile(path)) };
  }
}
