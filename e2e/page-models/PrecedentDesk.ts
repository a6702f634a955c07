import { expect, type Locator, type Page } from '@playwright/test';
import { openApp } from '../utils/openApp';
import { callHost } from '../utils/rawRequest';
import { PrecedentDetailPane } from './PrecedentDetailPane';
import { PrecedentResults } from './PrecedentResults';
import { ThemeNavigatorPanel } from './ThemeNavigatorPanel';

/** The desk's main screen: header, theme navigator, results and detail. */
export class PrecedentDesk {
  readonly results: PrecedentResults;
  readonly themes: ThemeNavigatorPanel;
  readonly detail: PrecedentDetailPane;
  readonly activeFilters: Locator;

  constructor(readonly page: Page) {
    this.results = new PrecedentResults(page);
    this.themes = new ThemeNavigatorPanel(page);
    this.detail = new PrecedentDetailPane(page);
    this.activeFilters = page.getByRole('group', { name: /^(Filtres actifs|Active filters)$/ });
  }

  async openViewMenu(): Promise<void> {
    await this.page.getByText(/^(Affichage|View)$/).click();
  }

  /** Opens the desk with no remembered settings, as on a first start, and waits for the first rows. */
  async openFresh(): Promise<void> {
    const reply = await callHost('saveSettings', {});
    expect(reply.status).toBe(200);
    await openApp(this.page);
    // A window's start is the heaviest step of a test: on a loaded machine it may take more than
    // the usual five seconds.
    await expect(this.results.rows.first()).toBeVisible({ timeout: 15_000 });
    await expect(this.results.grid).toBeVisible();
    // The draft pane comes after the first rows; a test starts once the desk is whole.
    await expect(this.page.getByRole('region', { name: /^(Rédaction du projet|Draft editing)$/ }).getByRole('textbox', { name: /^(Texte du projet|Draft text)$/ })).toBeVisible();
  }

  /** Each language is named in itself, whatever the interface language. */
  interfaceLanguage(name: 'Français' | 'English'): Locator {
    return this.page.getByRole('group', { name: /^(Langue de l’interface|Interface language)$/ }).getByRole('radio', { name, exact: true });
  }

  async interfaceLanguageChecked(): Promise<string | null> {
    for (const name of ['Français', 'English'] as const) {
      if (await this.interfaceLanguage(name).isChecked()) return name;
    }
    return null;
  }

  async switchInterfaceTo(name: 'Français' | 'English'): Promise<void> {
    await this.interfaceLanguage(name).check();
  }
}
