import type { Locator, Page } from 'playwright-core';

export class ParticipantListPage {
  constructor(readonly page: Page) {}

  searchBox(): Locator {
    return this.page.locator('#participant-search');
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  showArchived(): Locator {
    return this.page.locator('.search-bar input[type=checkbox]');
  }

  rows(): Locator {
    return this.page.locator('table.data-table tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ hasText: name });
  }

  async newParticipant(): Promise<void> {
    await this.page.locator('a[href="#/participants/new"]').click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('link').click();
  }

  empty(): Locator {
    return this.page.locator('.empty');
  }
}
