import type { Locator, Page } from 'playwright-core';

/** The competence framework (Competenze e attestati) and its dialog, import and export. */
export class FrameworkPage {
  constructor(readonly page: Page) {}

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillCompetence(values: {
    code: string;
    track: string;
    eqfLevel?: string;
    titleIt: string;
    titleEn: string;
    descriptionIt: string;
    descriptionEn: string;
  }): Promise<void> {
    await this.page.locator('#competence-data-code').fill(values.code);
    await this.page.locator('#competence-data-track').selectOption({ label: values.track });
    if (values.eqfLevel) {
      await this.page.locator('#competence-data-eqfLevel').selectOption(values.eqfLevel);
    }
    await this.page.locator('#competence-data-titleIt').fill(values.titleIt);
    await this.page.locator('#competence-data-titleEn').fill(values.titleEn);
    await this.page.locator('#competence-data-descriptionIt').fill(values.descriptionIt);
    await this.page.locator('#competence-data-descriptionEn').fill(values.descriptionEn);
  }

  fieldError(name: string): Locator {
    return this.page.locator(`#competence-data-${name}-error`);
  }

  async search(text: string): Promise<void> {
    await this.page.locator('#competence-search').fill(text);
  }

  rows(): Locator {
    return this.page.locator('.competences-table tbody tr');
  }

  row(code: string): Locator {
    return this.rows().filter({ has: this.page.locator('td.mono', { hasText: code }) });
  }

  notice(): Locator {
    return this.page.locator('.framework-page > [role="status"] .notice');
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.page.locator('#framework-import-file').setInputFiles({
      name,
      mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.button('Importa').click();
  }

  importReport(): Locator {
    return this.page.locator('.framework-import');
  }
}

/** The Competenze section of a course page and of a person's page. */
export class CompetenceSections {
  constructor(readonly page: Page) {}

  course(): Locator {
    return this.page.locator('.course-competences');
  }

  person(): Locator {
    return this.page.locator('.person-competences');
  }

  aimed(): Locator {
    return this.course().locator('.aimed-list li');
  }

  suggestionRows(): Locator {
    return this.course().locator('.suggestions-table tbody tr');
  }

  recordRows(section: Locator): Locator {
    return section.locator('.records-table tbody tr');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fillAssessment(prefix: string, values: { level: string; method: string }): Promise<void> {
    await this.page.locator(`#${prefix}-levelReached`).selectOption({ label: values.level });
    await this.page.locator(`#${prefix}-assessmentMethod`).selectOption({ label: values.method });
  }
}
