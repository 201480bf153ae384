import { describe, expect, it } from 'vitest';
import { FILE_NAME_STYLES } from '../../electron/features/certificates/contract';
import {
  ACQUISITION_KINDS,
  ASSESSMENT_METHODS,
} from '../../electron/features/certificates/snapshot';
import { catalogues } from '../../renderer/i18n/catalogues';

// The certificate screens build these keys from data: a new value in the contract needs its label.
describe.each(['it', 'en'] as const)('certificate labels in %s', (locale) => {
  it('name every status, language, acquisition, assessment and file-name style', () => {
    const keys = [
      ...['issued', 'revoked', 'replaced'].map((s) => `certificates.status.${s}`),
      ...['it', 'en'].map((l) => `certificates.language.${l}`),
      ...ACQUISITION_KINDS.map((k) => `certificates.acquisition.${k}`),
      ...ASSESSMENT_METHODS.map((m) => `certificates.assessment.${m}`),
      ...FILE_NAME_STYLES.map((f) => `certificates.batch.fileNames.${f}`),
      // Batch blockers arrive as message keys from the server.
      'errors.noValidatedRecord',
      'errors.withdrawn',
    ];
    expect(keys.filter((key) => !catalogues[locale][key])).toEqual([]);
  });
});
