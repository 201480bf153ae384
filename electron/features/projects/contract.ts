import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, isoDate, optionalInt, optionalText, text } from '../../api/fields';
import { ROLES } from '../../api/roles';

export const TARGET_INDICATORS = [
  'participants_total',
  'participants_women',
  'participants_by_track',
  'women_share',
  'training_hours',
  'certificates',
  'internships',
  'jobs',
  'businesses',
  'associations',
] as const;
export const TARGET_UNITS = ['people', 'percent', 'hours', 'certificates', 'count'] as const;
export const PROJECT_TRACKS = ['association', 'self_employment', 'job_placement', 'other'] as const;

const partner = z
  .object({
    name: text(200, 'errors.textTooLong'),
    role: optionalText(100, 'errors.nameTooLong'),
    territory: optionalText(100, 'errors.nameTooLong'),
  })
  .strict();

const target = z
  .object({
    indicator: z.enum(TARGET_INDICATORS, { error: 'errors.invalidChoice' }),
    track: z.enum(PROJECT_TRACKS, { error: 'errors.invalidChoice' }).optional(),
    value: z
      .number({ error: 'errors.invalid' })
      .min(0, 'errors.invalid')
      .max(1_000_000, 'errors.invalid'),
    unit: z.enum(TARGET_UNITS, { error: 'errors.invalidChoice' }),
    note: optionalText(200, 'errors.textTooLong'),
  })
  .strict()
  .refine((t) => t.unit !== 'percent' || t.value <= 100, {
    path: ['value'],
    message: 'errors.percentRange',
  });

export const projectInput = z
  .object({
    code: text(40),
    title: text(200, 'errors.textTooLong'),
    funder: text(200, 'errors.textTooLong'),
    fundingLine: optionalText(200, 'errors.textTooLong'),
    startDate: isoDate,
    endDate: isoDate,
    leadOrganisation: text(200, 'errors.textTooLong'),
    /** Years after the end that personal data may be kept (data-protection retention review). */
    retentionYears: optionalInt(1, 50, 'errors.retentionRange'),
    partners: z.array(partner).max(50, 'errors.tooMany').default([]),
    territories: z.array(text(100, 'errors.nameTooLong')).max(200, 'errors.tooMany').default([]),
    targets: z.array(target).max(100, 'errors.tooMany').default([]),
  })
  .strict()
  .refine((p) => p.endDate >= p.startDate, { path: ['endDate'], message: 'errors.endBeforeStart' });

export type ProjectInput = z.output<typeof projectInput>;
export type ProjectFormValues = z.input<typeof projectInput>;

export interface Project extends ProjectInput {
  id: number;
  coordinatorIds: number[];
}

export interface ProjectSummary {
  id: number;
  code: string;
  title: string;
  funder: string;
  startDate: string;
  endDate: string;
  courses: number;
}

const MANAGERS = ['admin', 'coordinator'] as const;
const audited = { entity: 'project', kind: 'write' } as const;

export const projectsContract = {
  'projects.list': channel<ProjectSummary[]>()(z.object({}).strict(), ROLES),
  'projects.get': channel<Project>()(z.object({ id }).strict(), ROLES),
  'projects.create': channel<Project>()(
    z.object({ data: projectInput }).strict(),
    MANAGERS,
    audited,
  ),
  'projects.update': channel<Project>()(
    z.object({ id, data: projectInput }).strict(),
    MANAGERS,
    audited,
  ),
};
