import type { Locator, Page } from 'playwright-core';

/** The spreadsheet import screen (#/participants/import). */
export class ImportPage {
  constructor(readonly page: Page) {}

  async chooseFile(name: string, buffer: Buffer, timeout?: number): Promise<void> {
    await this.page.locator('#import-file').setInputFiles(
      {
        name,
        mimeType: name.endsWith('.csv')
          ? 'text/csv'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      },
      { timeout },
    );
    await this.page.getByRole('button', { name: 'Leggi il file' }).click();
  }

  fileError(): Locator {
    return this.page.locator('#import-file-error');
  }

  previewRows(): Locator {
    return this.page.locator('.import-preview tbody tr');
  }

  /** The select of one participant field (by its field name, e.g. `birthCountry`). */
  column(field: string): Locator {
    return this.page.locator(`#import-column-${field}`);
  }

  fieldError(field: string): Locator {
    return this.page.locator(`#import-column-${field}-error`);
  }

  defaultValue(field: string): Locator {
    return this.page.locator(`#import-default-${field}`);
  }

  async sameForAll(field: string): Promise<void> {
    await this.column(field).selectOption('=');
  }

  async check(): Promise<void> {
    await this.page.locator('#import-check').click();
  }

  report(): Locator {
    return this.page.locator('.import-report');
  }

  problems(): Locator {
    return this.page.locator('#import-problems tbody tr');
  }

  duplicates(): Locator {
    return this.page.locator('#import-duplicates tbody tr');
  }

  commitButton(): Locator {
    return this.page.locator('#import-commit');
  }

  async saveMappingAs(name: string): Promise<void> {
    await this.page.locator('#import-save-as').fill(name);
    await this.page.getByRole('button', { name: 'Salva associazione' }).click();
  }

  async applySaved(name: string): Promise<void> {
    await this.page.locator('#import-saved').selectOption({ label: name });
    await this.page.locator('#import-saved-apply').click();
  }

  notice(): Locator {
    return this.page.locator('.import-notice');
  }

  /** The course everybody imported is enrolled in (an option's label: "Title (CODE)"). */
  async enrolIn(courseLabel: string): Promise<void> {
    await this.page.locator('#import-course').selectOption({ label: courseLabel });
  }

  /** The heading and status shown once an import is saved. */
  doneTitle(): Locator {
    return this.page.locator('#import-done-title');
  }

  doneStatus(): Locator {
    return this.page.locator('.import-page [role="status"].notice');
  }
}
