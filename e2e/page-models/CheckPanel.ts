import { expect, type Locator, type Page } from '@playwright/test';
import { highlightTexts } from '../utils/highlights';

/** The precedent check: its header button, its panel, the draft's check buttons and live highlighting. */
export class CheckPanel {
  readonly openButton: Locator;
  readonly panel: Locator;
  readonly textBox: Locator;
  readonly language: Locator;
  readonly checkButton: Locator;
  readonly results: Locator;
  readonly message: Locator;
  readonly phraseBox: Locator;
  readonly lookUpButton: Locator;
  /** The draft header's buttons. */
  readonly checkParagraphButton: Locator;
  readonly checkDraftButton: Locator;
  readonly liveHighlighting: Locator;
  readonly liveLegend: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('banner').getByRole('button', { name: /^(Vérifier un texte|Check text)$/ });
    this.panel = page.getByRole('dialog', { name: /^(Vérification des précédents|Precedent check)$/ });
    this.textBox = this.panel.getByRole('textbox', { name: /^(Texte à vérifier|Text to check)$/ });
    this.language = this.panel.getByRole('combobox', { name: /^(Langue du texte|Language of the text)$/ });
    this.checkButton = this.panel.getByRole('button', { name: /^(Vérifier|Check)$/ });
    this.results = this.panel.getByRole('article');
    this.message = this.panel.locator('.check-panel__message');
    this.phraseBox = this.panel.getByRole('searchbox', { name: /^(Formulation|Phrase)$/ });
    this.lookUpButton = this.panel.getByRole('button', { name: /^(Rechercher|Look up)$/ });
    const draftPane = page.getByRole('region', { name: /^(Rédaction du projet|Draft editing)$/ });
    this.checkParagraphButton = draftPane.getByRole('button', { name: /^(Vérifier ce paragraphe|Check this paragraph)$/ });
    this.checkDraftButton = draftPane.getByRole('button', { name: /^(Vérifier tout le projet|Check the whole draft)$/ });
    this.liveHighlighting = draftPane.getByRole('button', { name: /^(Surligner le libellé convenu|Highlight agreed language)$/ });
    this.liveLegend = draftPane.getByRole('group', { name: /^(Surlignage du libellé convenu|Agreed language highlighting)$/ });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.panel).toBeVisible();
    await expect(this.textBox).toBeFocused();
  }

  async checkText(text: string): Promise<void> {
    await this.textBox.fill(text);
    await this.checkButton.click();
  }

  verdict(result: Locator): Locator {
    return result.locator('[data-verdict]').first();
  }

  /** The closest precedents of a result, best first. */
  matches(result: Locator): Locator {
    return result.locator('.check-matches > li');
  }

  wordDiff(match: Locator): Locator {
    return match.getByRole('figure', { name: /^(Comparaison mot à mot|Word-level comparison)/ });
  }

  strengthCallout(result: Locator): Locator {
    return result.getByRole('note');
  }

  matchButton(match: Locator, name: RegExp): Locator {
    return match.getByRole('button', { name });
  }

  /**
   * The text under each of the draft's live highlights ('verbatim', 'modified', 'new'), in document
   * order, the draft scrolled to its start first: only the paragraphs in or near the view are
   * marked, the others once scrolled to.
   */
  async highlighted(kind: 'verbatim' | 'modified' | 'new'): Promise<string[]> {
    await this.page.getByRole('textbox', { name: /^(Texte du projet|Draft text)$/ }).evaluate((editor) => editor.scrollIntoView({ block: 'start' }));
    // The marks follow the intersection observer, which reports once the frame after the scroll is drawn.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
    return highlightTexts(this.page, `precedent-check-${kind}`);
  }

  /** Waits until live highlighting has checked every change (its legend no longer says it is checking). */
  async waitForLiveCheck(): Promise<void> {
    await expect(this.liveLegend.getByRole('status')).toHaveAttribute('data-pending', 'false');
  }
}
