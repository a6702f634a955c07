import type { Page } from '@playwright/test';

/** The text under each range of one CSS custom highlight of the page, in the order they were added. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, key) => {
      if (key === highlightName) highlight.forEach((range) => texts.push((range as Range).toString()));
    });
    return texts;
  }, name);
}
