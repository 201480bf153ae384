import { describe, expect, it } from 'vitest';
import { COMPETENCE_TRACKS, LEVELS_REACHED } from '../../electron/features/competences/contract';
import {
  ACQUISITION_KINDS,
  ASSESSMENT_METHODS,
} from '../../electron/features/certificates/snapshot';
import { catalogues } from '../../renderer/i18n/catalogues';

// The competence screens build these keys from the contract's values: a new value needs its label.
const keys = [
  ...COMPETENCE_TRACKS.map((v) => `courses.track.${v}`),
  ...LEVELS_REACHED.map((v) => `competences.level.${v}`),
  ...ASSESSMENT_METHODS.map((v) => `competences.method.${v}`),
  ...ACQUISITION_KINDS.map((v) => `competences.source.${v}`),
  ...ACQUISITION_KINDS.filter((v) => v !== 'experience').flatMap((v) => [
    `competences.field.source.${v}`,
    `competences.noSource.${v}`,
  ]),
  ...['draft', 'validated', 'revoked'].map((v) => `competences.status.${v}`),
  ...['framework', 'certificates', 'verify'].map((v) => `competences.tab.${v}`),
  ...['levelReached', 'assessmentMethod'].map((v) => `competences.field.${v}`),
];

describe('competence screen labels', () => {
  it.each(['it', 'en'] as const)('exist for every value the screens show, in %s', (locale) => {
    expect(keys.filter((key) => !catalogues[locale][key])).toEqual([]);
  });
});
