import { expect, type Locator, type Page } from '@playwright/test';
import type { DraftPage } from './DraftPage';

/** The negotiating text: its toolbar in the draft, the delegations dialog, the views and readings. */
export class NegotiationPage {
  readonly toolbar: Locator;
  readonly sponsor: Locator;
  readonly status: Locator;
  readonly here: Locator;
  readonly views: Locator;

  constructor(
    readonly page: Page,
    readonly draft: DraftPage,
  ) {
    this.toolbar = draft.pane.getByRole('toolbar', { name: /^(Négociation|Negotiation)$/ });
    this.sponsor = this.toolbar.getByRole('combobox', { name: /^(Au nom de|On behalf of)$/ });
    this.status = this.toolbar.getByRole('combobox', { name: /^(État de|Status of)/ });
    this.here = this.toolbar.getByRole('group', { name: /^(Propositions à cet endroit|Proposals here)$/ });
    this.views = draft.pane.getByRole('tablist', { name: /^(Vue du projet|Draft view)$/ });
  }

  /** Adds delegations through the dialog, as a delegate types them. */
  async addDelegations(delegations: readonly { label: string; name: string }[]): Promise<void> {
    await this.toolbar.getByRole('button', { name: /^(Délégations…|Delegations…)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^(Délégations et libellés du projet|Delegations and labels of the draft)$/ });
    for (const [i, delegation] of delegations.entries()) {
      await dialog.getByRole('button', { name: /^(Ajouter une délégation|Add a delegation)$/ }).click();
      await dialog.getByRole('textbox', { name: /^(Sigle|Label)$/ }).nth(i).fill(delegation.label);
      await dialog.getByRole('textbox', { name: /^(Nom|Name)$/ }).nth(i).fill(delegation.name);
    }
    await dialog.getByRole('button', { name: /^(Fermer|Close)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** Selects `words` in the draft's text, within one text node, as a drag of the mouse would. */
  async select(words: string): Promise<void> {
    await this.draft.editor.focus();
    await this.draft.editor.evaluate((editor, wanted) => {
      const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        editor.ownerDocument.getSelection()?.setBaseAndExtent(node, at, node, at + wanted.length);
        return;
      }
      throw new Error(`"${wanted}" is not in the draft`);
    }, words);
    await this.draft.settle();
  }

  /** Each paragraph's label and status as the margin shows them, in order, with the first words of its text. */
  async labelledParagraphs(): Promise<string[]> {
    return this.draft.editor.locator('.draft-paragraph[data-label]').evaluateAll((paragraphs) =>
      paragraphs.map((p) => {
        const { label, status } = (p as HTMLElement).dataset;
        const words = (p as HTMLElement).innerText.trim().split(/\s+/).slice(0, 3).join(' ');
        return [label, status, words].filter(Boolean).join(' | ');
      }),
    );
  }

  /** The text with each proposal's generated brackets and sponsors, as the delegate reads it on screen. */
  async shownText(paragraph: Locator): Promise<string> {
    return paragraph.evaluate((root) => {
      const parts: string[] = [];
      const visit = (node: Node) => {
        if (node instanceof HTMLElement) {
          if (node.dataset.open) parts.push(node.dataset.open);
          if (node.classList.contains('draft-citation__text')) parts.push(node.textContent ?? '');
          else node.childNodes.forEach(visit);
          if (node.dataset.close) parts.push(node.dataset.close);
        } else if (node.nodeType === Node.TEXT_NODE) {
          parts.push(node.textContent ?? '');
        }
      };
      root.childNodes.forEach(visit);
      return parts.join('');
    });
  }

  view(name: RegExp): Locator {
    return this.views.getByRole('tab', { name });
  }
}
