import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../electron/api/contract';
import { filterableActions } from '../../renderer/features/settings/auditLabels';
import { catalogues } from '../../renderer/i18n/catalogues';

const audited = CHANNELS.filter((c) => contract[c].audit !== undefined);
const entities = [...new Set(audited.map((c) => contract[c].audit?.entity ?? ''))];

describe('audit log labels', () => {
  it.each(['it', 'en'] as const)('names every audited action and entity in %s', (locale) => {
    const messages = catalogues[locale];
    expect(filterableActions().filter((a) => !messages[`audit.action.${a}`])).toEqual([]);
    expect(entities.filter((e) => !messages[`audit.entity.${e}`])).toEqual([]);
  });
});
