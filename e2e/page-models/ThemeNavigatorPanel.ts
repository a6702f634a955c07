import type { Locator, Page } from '@playwright/test';

export class ThemeNavigatorPanel {
  readonly tree: Locator;
  readonly filter: Locator;

  constructor(readonly page: Page) {
    this.tree = page.getByRole('tree');
    this.filter = page.getByRole('searchbox', { name: /Filtrer les thèmes|Filter themes/ });
  }

  /** A theme by its full name; its accessible name is the label followed by the count. */
  theme(label: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(label)} \\d+$`) });
  }

  async choose(label: string): Promise<void> {
    await this.filter.fill(label);
    await this.theme(label).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
