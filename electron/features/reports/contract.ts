import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, isoDate, optionalText } from '../../api/fields';
import type { GeneratedFile } from '../competences/contract';
import { TARGET_INDICATORS } from '../projects/contract';

export const AGE_BANDS = ['under_18', '18_24', '25_34', '35_44', '45_54', '55_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const RATE_BANDS = ['none', 'below_25', '25_50', '50_75', '75_plus'] as const;
export type RateBand = (typeof RATE_BANDS)[number];

export const BREAKDOWNS = [
  'sex',
  'ageBand',
  'citizenship',
  'thirdCountry',
  'protection',
  'track',
  'attendanceRate',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const OUTCOMES = [
  'internships',
  'jobs',
  'businesses',
  'associationsFounded',
  'associationsRegistered',
  'certificates',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Bucket {
  key: string;
  count: number;
}

export type TargetStatus = 'met' | 'on_track' | 'at_risk';

export interface TargetProgress {
  indicator: (typeof TARGET_INDICATORS)[number];
  track: string | null;
  unit: string;
  target: number;
  actual: number;
  /** actual / target (may exceed 1). */
  progress: number;
  status: TargetStatus;
}

export interface Dashboard {
  from: string;
  to: string;
  territory: string | null;
  projectIds: number[];
  /** Targets of the chosen project; empty across projects. */
  targets: TargetProgress[];
  people: { total: number; women: number; womenShare: number | null };
  breakdowns: Record<Breakdown, Bucket[]>;
  hours: { delivered: number; attended: number; sessionsHeld: number };
  outcomes: Record<Outcome, number>;
  volunteering: { hours: number; volunteers: number };
  territories: string[];
}

export const dashboardFilter = z
  .object({
    projectId: id.optional(),
    from: isoDate,
    to: isoDate,
    territory: optionalText(100),
  })
  .strict()
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'errors.endBeforeStart' });

export type DashboardFilter = z.output<typeof dashboardFilter>;

export interface DrillRow {
  participantId: number;
  name: string;
  /** What the row contributes, e.g. a course title or a milestone date. */
  detail: string | null;
}

export interface DrillResult {
  total: number;
  rows: DrillRow[];
  /** More rows exist than the list shows. */
  truncated: boolean;
}

export const DRILL_LIMIT = 500;

const READERS = ['admin', 'coordinator'] as const;

export const reportsContract = {
  'reports.dashboard': channel<Dashboard>()(dashboardFilter, READERS),
  /** The people behind one figure: everyone, a bucket of a breakdown, or an outcome. */
  'reports.drill': channel<DrillResult>()(
    z
      .object({
        filter: dashboardFilter,
        figure: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('people') }).strict(),
          z.object({ kind: z.literal('women') }).strict(),
          z
            .object({
              kind: z.literal('breakdown'),
              breakdown: z.enum(BREAKDOWNS),
              key: z.string().max(40),
            })
            .strict(),
          z.object({ kind: z.literal('outcome'), outcome: z.enum(OUTCOMES) }).strict(),
        ]),
      })
      .strict(),
    READERS,
    { entity: 'report', kind: 'view' },
  ),
  'reports.export': channel<GeneratedFile>()(
    z
      .object({
        filter: dashboardFilter,
        format: z.enum(['xlsx', 'csv_indicators', 'csv_participants', 'pdf'], {
          error: 'errors.invalidChoice',
        }),
      })
      .strict(),
    READERS,
    { entity: 'report', kind: 'export' },
  ),
};
