import type { Locator, Page } from 'playwright-core';

/** The certificate screens: batch issue on the course page, the person's Attestati, registry and Verify. */
export class CertificatesPage {
  constructor(readonly page: Page) {}

  /** "Attestati del corso" on the course page. */
  batchSection(): Locator {
    return this.page.locator('section.course-certificates');
  }

  batchPerson(name: string): Locator {
    return this.batchSection().getByRole('checkbox', { name });
  }

  progressBar(): Locator {
    return this.page.locator('#batch-progress-bar');
  }

  batchOutcome(): Locator {
    return this.page.locator('#batch-outcome');
  }

  /** "Attestati" on the person's page. */
  personSection(): Locator {
    return this.page.locator('section.person-certificates');
  }

  registryRows(): Locator {
    return this.page.locator('.certificates-table tbody tr');
  }

  row(number: string): Locator {
    return this.registryRows().filter({ hasText: number });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  verdict(): Locator {
    return this.page.locator('#verify-verdict');
  }

  verifyResult(): Locator {
    return this.page.locator('.verify-result');
  }

  fileCheck(): Locator {
    return this.page.locator('.verify-file');
  }

  async verifyCode(code: string): Promise<void> {
    await this.page.locator('#verify-code').fill(code);
    await this.page.getByRole('button', { name: /^(Verifica il codice|Verify the code)$/ }).click();
  }

  async verifyFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.page
      .locator('#verify-pdfBase64')
      .setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.buffer });
    await this.page.getByRole('button', { name: /^(Verifica il file|Verify the file)$/ }).click();
  }
}
