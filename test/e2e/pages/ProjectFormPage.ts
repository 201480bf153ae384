import type { Locator, Page } from 'playwright-core';

/** The project form (Corsi → Progetti → Nuovo progetto). */
export class ProjectFormPage {
  constructor(readonly page: Page) {}

  field(name: string): Locator {
    return this.page.locator(`#project-data-${name.replace(/\./g, '-')}`);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }

  async addRow(label: 'Aggiungi un partner' | 'Aggiungi un territorio' | 'Aggiungi un obiettivo') {
    await this.page.getByRole('button', { name: label }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Salva il progetto' }).click();
  }
}
