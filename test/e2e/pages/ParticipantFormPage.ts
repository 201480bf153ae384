import type { Locator, Page } from 'playwright-core';
import type { ParticipantFormValues } from '../../../electron/features/participants/contract';

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'birthPlace',
  'codiceFiscale',
  'residenceComune',
  'email',
  'phone',
  'residencePermitExpiry',
  'referredBy',
  'consentDate',
] as const;

const SELECT_FIELDS = [
  'birthCountry',
  'italianLevel',
  'residencePermitType',
  'consentLegalBasis',
] as const;

/** The participant form (create and edit); fields found by their stable ids. */
export class ParticipantFormPage {
  constructor(readonly page: Page) {}

  field(name: string): Locator {
    return this.page.locator(`#participant-${name}`);
  }

  error(name: string): Locator {
    return this.page.locator(`#participant-${name}-error`);
  }

  errors(): Locator {
    return this.page.locator('.field-error');
  }

  async fill(values: Partial<ParticipantFormValues>): Promise<void> {
    for (const name of TEXT_FIELDS) {
      const value = values[name];
      if (typeof value === 'string') await this.field(name).fill(value);
    }
    for (const name of SELECT_FIELDS) {
      const value = values[name];
      if (typeof value === 'string') await this.field(name).selectOption(value);
    }
    if (typeof values.sex === 'string') await this.field(`sex-${values.sex}`).check();
    const isced = values.educationIsced;
    if (typeof isced === 'number' || typeof isced === 'string') {
      await this.field('educationIsced').selectOption(String(isced));
    }
    const arrival = values.arrivalYear;
    if (typeof arrival === 'number' || typeof arrival === 'string') {
      await this.field('arrivalYear').fill(String(arrival));
    }
    if (Array.isArray(values.languages)) {
      await this.field('languages').fill(values.languages.join(', '));
    }
    if (values.internationalProtection !== undefined) {
      await this.field('internationalProtection').setChecked(
        values.internationalProtection === true,
      );
    }
    if (Array.isArray(values.citizenships)) await this.setCitizenships(values.citizenships);
    if (Array.isArray(values.consentScopes)) {
      for (const scope of ['service', 'funder_reporting', 'contact', 'photos']) {
        await this.field(`consentScopes-${scope}`).setChecked(
          values.consentScopes.includes(scope as never),
        );
      }
    }
  }

  async setCitizenships(codes: readonly string[]): Promise<void> {
    for (const [index, code] of codes.entries()) {
      if ((await this.field(`citizenships-${index}`).count()) === 0) {
        await this.page.locator('#participant-citizenships button.button-secondary').click();
      }
      await this.field(`citizenships-${index}`).selectOption(code);
    }
  }

  async save(): Promise<void> {
    await this.page.locator('form.participant-form button[type=submit]').click();
  }

  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  duplicateDialog(): Locator {
    return this.page.locator('dialog[open]');
  }
}
