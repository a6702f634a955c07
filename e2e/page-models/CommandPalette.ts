import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl+K): a combobox filtering the list of every command that can run now. */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly headerButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Commandes|Commands)$/ });
    this.input = this.dialog.getByRole('combobox', { name: /^(Commande à exécuter|Command to run)$/ });
    this.options = this.dialog.getByRole('option');
    this.headerButton = page.getByRole('banner').getByRole('button', { name: /^(Toutes les commandes|All commands)/ });
  }

  /** The option the arrow keys are on, as the combobox announces it. */
  activeOption(): Locator {
    return this.dialog.getByRole('option', { selected: true });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.input).toBeFocused();
  }

  /** Runs a command with the keyboard only: opens the palette, types, checks which command is chosen, Enter. */
  async run(typed: string, expected: RegExp): Promise<void> {
    await this.open();
    await this.page.keyboard.type(typed);
    await expect(this.activeOption()).toHaveText(expected);
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
