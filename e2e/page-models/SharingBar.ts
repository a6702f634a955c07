import { expect, type Locator, type Page } from '@playwright/test';

/** The draft's sharing bar: share, join, the invitation, the connection state and who else is on the draft. */
export class SharingBar {
  readonly region: Locator;
  readonly shareButton: Locator;
  readonly joinButton: Locator;
  readonly invitation: Locator;
  readonly state: Locator;
  readonly others: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: /^(Partage du projet|Draft sharing)$/ });
    this.shareButton = this.region.getByRole('button', { name: /^(Partager ce projet|Share this draft)$/ });
    this.joinButton = this.region.getByRole('button', { name: /^(Rejoindre un projet partagé|Join a shared draft)$/ });
    this.invitation = this.region.getByRole('textbox', { name: /^(Invitation à transmettre|Invitation to send)/ });
    this.state = this.region.locator('.sharing-bar__state');
    this.others = this.region.locator('.sharing-bar__others');
  }

  /** Shares the open draft on `server`; the page reloads, connected, and gives the invitation. */
  async share(server: string, name: string): Promise<string> {
    await this.shareButton.click();
    const form = this.region.getByRole('form', { name: /^(Partager ce projet|Share this draft)$/ });
    await form.getByRole('textbox', { name: /^(Adresse du serveur|Address of the)/ }).fill(server);
    await form.getByRole('textbox', { name: /^(Votre nom|Your name)/ }).fill(name);
    const reloaded = this.page.waitForEvent('load');
    await form.getByRole('button', { name: /^(Partager|Share)$/ }).click();
    await reloaded;
    await expect(this.invitation).toHaveValue(/^precedent-desk:join\?/, { timeout: 20_000 });
    return this.invitation.inputValue();
  }

  async join(invitation: string, name: string): Promise<void> {
    await this.joinButton.click();
    const form = this.region.getByRole('form', { name: /^(Rejoindre un projet partagé|Join a shared draft)$/ });
    await form.getByRole('textbox', { name: /^(Invitation reçue|Invitation received)$/ }).fill(invitation);
    await form.getByRole('textbox', { name: /^(Votre nom|Your name)/ }).fill(name);
    const reloaded = this.page.waitForEvent('load');
    await form.getByRole('button', { name: /^(Rejoindre|Join)$/ }).click();
    await reloaded;
    await expect(this.invitation).toHaveValue(invitation, { timeout: 20_000 });
  }

  async waitUntilSynced(): Promise<void> {
    await expect(this.state).toHaveText(/^(Connecté|Connected) · (Tout est synchronisé|All synced)$/, { timeout: 20_000 });
  }
}
