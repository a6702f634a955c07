import type { Locator, Page } from '@playwright/test';

export class PrecedentDetailPane {
  readonly region: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /Détail du paragraphe|Paragraph detail/ });
    this.heading = this.region.getByRole('heading', { level: 2 });
  }
}
