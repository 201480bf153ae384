import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../electron/features/projects/contract';
import {
  AGE_BANDS,
  BREAKDOWNS,
  OUTCOMES,
  RATE_BANDS,
} from '../../electron/features/reports/contract';
import { parseRoute } from '../../renderer/app/router';
import { targetFigure } from '../../renderer/features/reports/labels';
import {
  initialFilter,
  parseDrillKey,
  parseReportQuery,
  reportsHash,
} from '../../renderer/features/reports/routes';
import { catalogues } from '../../renderer/i18n/catalogues';

const project = (id: number, startDate: string, endDate: string): ProjectSummary => ({
  id,
  code: `P-${id}`,
  title: `Progetto ${id}`,
  funder: 'FAMI',
  startDate,
  endDate,
  courses: 0,
});

const PROJECTS = [
  project(1, '2023-01-01', '2024-06-30'),
  project(2, '2025-01-01', '2026-12-31'),
  project(3, '2024-03-01', '2025-02-28'),
];

describe('report addresses', () => {
  it('give the Report area its query, apart from the path', () => {
    expect(parseRoute('#/reports?project=2&from=2025-01-01')).toEqual({
      name: 'reports',
      parts: [],
      query: 'project=2&from=2025-01-01',
    });
    expect(parseRoute('#/reports')).toEqual({ name: 'reports', parts: [], query: '' });
    expect(parseRoute('#/participants/12')).toEqual({ name: 'participant', id: 12 });
  });

  it('read back what they write, territory and open list included', () => {
    const filter = {
      projectId: 7,
      from: '2025-01-01',
      to: '2025-12-31',
      territory: 'Reggio Emilia',
    };
    const hash = reportsHash(filter, { kind: 'breakdown', breakdown: 'citizenship', key: 'other' });
    expect(hash).toBe(
      '#/reports?project=7&from=2025-01-01&to=2025-12-31&territory=Reggio+Emilia&drill=breakdown%3Acitizenship%3Aother',
    );
    const query = parseReportQuery(hash.slice(hash.indexOf('?') + 1));
    expect(query).toEqual({
      project: 7,
      from: '2025-01-01',
      to: '2025-12-31',
      territory: 'Reggio Emilia',
      drill: { kind: 'breakdown', breakdown: 'citizenship', key: 'other' },
    });
    expect(
      parseReportQuery(reportsHash({ from: '2026-01-01', to: '2026-12-31' }).split('?')[1] ?? ''),
    ).toEqual({ project: 'all', from: '2026-01-01', to: '2026-12-31' });
  });

  it('leave out what they do not understand', () => {
    expect(
      parseReportQuery('project=abc&from=2025-1-1&to=yesterday&territory=%20%20&drill=x'),
    ).toEqual({});
    expect(parseDrillKey('outcome:jobs')).toEqual({ kind: 'outcome', outcome: 'jobs' });
    expect(parseDrillKey('outcome:salaries')).toBeUndefined();
    expect(parseDrillKey('breakdown:sex:F:extra')).toBeUndefined();
    expect(parseDrillKey('breakdown:shoeSize:42')).toBeUndefined();
    expect(parseDrillKey('breakdown:sex:<script>')).toBeUndefined();
    expect(parseDrillKey('women')).toEqual({ kind: 'women' });
  });
});

describe('the filter a dashboard opens with', () => {
  it('is the project running today, over its own period', () => {
    expect(initialFilter({}, PROJECTS, '2025-06-15')).toEqual({
      projectId: 2,
      from: '2025-01-01',
      to: '2026-12-31',
    });
  });

  it('is the latest started project when none is running, and the year across projects', () => {
    expect(initialFilter({}, PROJECTS, '2030-05-01')).toMatchObject({ projectId: 2 });
    expect(initialFilter({ project: 'all' }, PROJECTS, '2025-06-15')).toEqual({
      projectId: undefined,
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('does not keep a project the user cannot report on', () => {
    expect(initialFilter({ project: 99, territory: 'Torino' }, PROJECTS, '2025-06-15')).toEqual({
      projectId: 2,
      from: '2025-01-01',
      to: '2026-12-31',
      territory: 'Torino',
    });
  });

  it('keeps what the address says, and falls back to the period when its dates are wrong', () => {
    expect(
      initialFilter(
        { project: 3, from: '2024-06-01', territory: 'Torino' },
        PROJECTS,
        '2025-06-15',
      ),
    ).toEqual({ projectId: 3, from: '2024-06-01', to: '2025-02-28', territory: 'Torino' });
    expect(
      initialFilter({ project: 3, from: '2025-02-30', to: '2025-01-01' }, PROJECTS, '2025-06-15'),
    ).toEqual({ projectId: 3, from: '2024-03-01', to: '2025-02-28' });
    expect(
      initialFilter({ project: 1, from: '2024-05-01', to: '2023-05-01' }, PROJECTS, '2025-06-15'),
    ).toEqual({ projectId: 1, from: '2023-01-01', to: '2024-06-30' });
  });
});

describe('report figures', () => {
  it('drill from a target to the figure it counts', () => {
    const target = {
      unit: 'people',
      target: 10,
      actual: 4,
      progress: 0.4,
      status: 'at_risk' as const,
    };
    expect(targetFigure({ ...target, indicator: 'participants_total', track: null })).toEqual({
      kind: 'people',
    });
    expect(
      targetFigure({ ...target, indicator: 'participants_by_track', track: 'association' }),
    ).toEqual({ kind: 'breakdown', breakdown: 'track', key: 'association' });
    expect(targetFigure({ ...target, indicator: 'associations', track: null })).toEqual({
      kind: 'outcome',
      outcome: 'associationsFounded',
    });
    expect(targetFigure({ ...target, indicator: 'jobs', track: null })).toEqual({
      kind: 'outcome',
      outcome: 'jobs',
    });
    expect(targetFigure({ ...target, indicator: 'training_hours', track: null })).toBeNull();
    expect(targetFigure({ ...target, indicator: 'participants_women', track: 'other' })).toBeNull();
  });

  it.each(['it', 'en'] as const)(
    'have a label for every key the screens build, in %s',
    (locale) => {
      const keys = [
        ...BREAKDOWNS.map((b) => `reports.breakdown.${b}`),
        ...OUTCOMES.map((o) => `reports.outcome.${o}`),
        ...['met', 'on_track', 'at_risk'].map((s) => `reports.status.${s}`),
        ...['xlsx', 'csv_indicators', 'csv_participants', 'pdf'].map((f) => `reports.export.${f}`),
        ...['F', 'M', 'other', 'not_stated'].map((s) => `reports.sex.${s}`),
        ...AGE_BANDS.map((a) => `reports.ageBand.${a}`),
        ...RATE_BANDS.map((r) => `reports.attendanceRate.${r}`),
        ...['other', 'none'].map((c) => `reports.citizenship.${c}`),
        ...['people', 'hours', 'certificates'].map((u) => `reports.amount.${u}`),
      ];
      expect(keys.filter((key) => !catalogues[locale][key])).toEqual([]);
    },
  );
});
