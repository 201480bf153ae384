import type { Locator, Page } from 'playwright-core';

/** Impostazioni › Servizi del territorio: the directory's filters, table and dialog. */
export class ServicesPage {
  constructor(readonly page: Page) {}

  search(): Locator {
    return this.page.locator('#service-search');
  }

  categoryFilter(): Locator {
    return this.page.locator('#service-category-filter');
  }

  showDeleted(): Locator {
    return this.page.getByRole('checkbox', { name: 'Mostra anche i servizi eliminati' });
  }

  rows(): Locator {
    return this.page.locator('table.services-table tbody tr');
  }

  /** The row whose first cell starts with the service's name. */
  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  count(): Locator {
    return this.page.locator('.result-count');
  }

  status(): Locator {
    return this.page.locator('section[aria-labelledby="services-title"] .notice');
  }

  dialog(): Locator {
    return this.page.locator('dialog.dialog[open]');
  }

  field(name: string): Locator {
    return this.page.locator(`#service-data-${name}`);
  }

  fieldError(name: string): Locator {
    return this.page.locator(`#service-data-${name}-error`);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async fill(
    values: Partial<
      Record<
        'name' | 'provider' | 'comune' | 'address' | 'contacts' | 'openingHours' | 'eligibility',
        string
      >
    >,
  ): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }
}
