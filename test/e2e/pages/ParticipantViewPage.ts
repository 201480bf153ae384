import type { Locator, Page } from 'playwright-core';

/** One person's record. */
export class ParticipantViewPage {
  constructor(readonly page: Page) {}

  /** The value shown for a label, e.g. value('Paese di nascita'). */
  value(label: string): Locator {
    return this.page
      .locator('.detail-item')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  async edit(): Promise<void> {
    await this.page.locator('.page-actions a.button').click();
  }

  archiveButton(): Locator {
    return this.page.locator('.page-actions button');
  }

  dialog(): Locator {
    return this.page.locator('dialog[open]');
  }

  async confirm(): Promise<void> {
    await this.dialog().locator('.dialog-actions .button').click();
  }

  banner(): Locator {
    return this.page.locator('.banner');
  }
}
