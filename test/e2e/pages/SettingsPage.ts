import type { Locator, Page } from 'playwright-core';

/** Impostazioni: its section tabs, tables and dialogs. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  tabs(): Locator {
    return this.page.locator('nav.section-tabs');
  }

  async openSection(name: string): Promise<void> {
    await this.tabs().getByRole('link', { name, exact: true }).click();
  }

  rows(): Locator {
    return this.page.locator('table.data-table tbody tr');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  dialog(): Locator {
    return this.page.locator('dialog.dialog[open]');
  }

  field(id: string): Locator {
    return this.page.locator(`#${id}`);
  }

  fieldError(id: string): Locator {
    return this.page.locator(`#${id}-error`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
