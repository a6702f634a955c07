import { expect, type Locator, type Page } from '@playwright/test';

/** The search box and the results grid. */
export class PrecedentResults {
  readonly grid: Locator;
  /** Rendered rows of paragraphs (the grid is virtualised: far-off rows are not in the page), not the line saying none matches. */
  readonly rows: Locator;
  readonly count: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.rows = this.grid.locator('[role="row"][data-paragraph-id]');
    this.count = page.getByRole('status').filter({ hasText: /\d/ });
    this.search = page.getByRole('searchbox', { name: /Rechercher dans les textes|Search the texts/ });
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true });
  }

  /** Until the grid shows the current result's rows, every one in view arrived. */
  async settled(): Promise<void> {
    await expect.poll(() => this.grid.evaluate((grid) => grid.getAttribute('aria-busy') === 'false' && !grid.querySelector('[role="row"][aria-busy="true"]'))).toBe(true);
  }

  row(paragraphId: string): Locator {
    return this.grid.locator(`[role="row"][data-paragraph-id="${paragraphId}"]`);
  }

  /** Every row of the result, scrolling the grid from top to bottom to meet them all. */
  async allParagraphIds(): Promise<string[]> {
    await expect(this.grid).toBeVisible();
    return this.grid.evaluate(async (grid) => {
      const ids = new Set<string>();
      const collect = () => grid.querySelectorAll('[role="row"][data-paragraph-id]').forEach((row) => ids.add(row.getAttribute('data-paragraph-id') ?? ''));
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // Rows come from the host page by page: wait until those in view have arrived.
      const settle = async () => {
        await frames();
        while (grid.querySelector('[role="row"][aria-busy="true"]')) await frames();
      };
      grid.scrollTop = 0;
      await settle();
      collect();
      while (grid.scrollTop + grid.clientHeight < grid.scrollHeight) {
        grid.scrollTop += grid.clientHeight / 2;
        await settle();
        collect();
      }
      grid.scrollTop = 0;
      return [...ids];
    });
  }

  /** The first cell (compendium reference) of every rendered row. */
  async renderedRefs(): Promise<string[]> {
    return (await this.rows.locator('[role="gridcell"]:first-child').allInnerTexts()).map((text) => text.trim());
  }

  async focusGridByKeyboard(): Promise<void> {
    await this.search.focus();
    for (let i = 0; i < 15; i += 1) {
      if (await this.grid.evaluate((grid) => grid === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error('The results grid could not be reached with Tab from the search box');
  }
}
