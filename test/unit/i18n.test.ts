import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../electron/api/messages';
import {
  CONSENT_SCOPES,
  ITALIAN_LEVELS,
  LEGAL_BASES,
  PERMIT_TYPES,
  SEXES,
} from '../../electron/features/participants/contract';
import { SERVICE_CATEGORIES } from '../../electron/features/services/contract';
import { AREAS, SETTINGS_SECTIONS } from '../../renderer/app/router';
import { FIELD_ORDER, ISCED_LEVELS } from '../../renderer/features/participants/formValues';
import { catalogues } from '../../renderer/i18n/catalogues';

const locales = ['it', 'en'] as const;

describe('interface catalogues', () => {
  it('have the same keys in Italian and English', () => {
    const itKeys = Object.keys(catalogues.it).sort();
    const enKeys = Object.keys(catalogues.en).sort();
    expect(
      itKeys.filter((k) => !enKeys.includes(k)),
      'missing in English',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !itKeys.includes(k)),
      'missing in Italian',
    ).toEqual([]);
  });

  it.each(locales)('has no empty message in %s', (locale) => {
    const empty = Object.entries(catalogues[locale])
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(locales)('includes every shared error text in %s, unchanged', (locale) => {
    for (const [key, text] of Object.entries(errorMessages[locale])) {
      expect(catalogues[locale][key], key).toBe(text);
    }
  });

  it('uses the same ICU placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(catalogues.it).filter(
      (key) =>
        JSON.stringify(placeholders(catalogues.it[key] ?? '')) !==
        JSON.stringify(placeholders(catalogues.en[key] ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  // Keys built from data at run time: a new value in the contract needs its label here.
  it.each(locales)('labels every choice the screens build keys for, in %s', (locale) => {
    const keys = [
      ...AREAS.map((a) => `nav.${a}`),
      ...FIELD_ORDER.map((f) => `participants.field.${f}`),
      ...SEXES.map((v) => `participants.sex.${v}`),
      ...ITALIAN_LEVELS.map((v) => `participants.italianLevel.${v}`),
      ...ISCED_LEVELS.map((v) => `participants.isced.${v}`),
      ...PERMIT_TYPES.map((v) => `participants.permit.${v}`),
      ...LEGAL_BASES.map((v) => `participants.legalBasis.${v}`),
      ...CONSENT_SCOPES.map((v) => `participants.scope.${v}`),
      ...SETTINGS_SECTIONS.map((s) => `settings.section.${s}`),
      ...SERVICE_CATEGORIES.map((v) => `services.category.${v}`),
      ...['missing', 'expired', 'expiring'].map((v) => `pathways.insurance.problem.${v}`),
      'participants.duplicates.reason.codice_fiscale',
      'participants.duplicates.reason.name_and_birth_date',
    ];
    expect(keys.filter((key) => !catalogues[locale][key])).toEqual([]);
  });
});
