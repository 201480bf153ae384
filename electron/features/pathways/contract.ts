import { z } from 'zod';
import { channel } from '../../api/channel';
import {
  id,
  isoDate,
  optionalDate,
  optionalInt,
  optionalNotes,
  optionalText,
  text,
} from '../../api/fields';

export const PATHWAY_TRACKS = ['association', 'self_employment', 'job_placement'] as const;
export const PATHWAY_STATUSES = ['intake', 'active', 'completed', 'closed', 'dropped'] as const;
export const SCREENING_DIMENSIONS = [
  'documents_legal_status',
  'housing',
  'italian_language',
  'education',
  'work_history',
  'family_care',
  'health_access',
  'digital_skills',
  'income_benefits',
  'social_network',
  'aspirations',
] as const;
export const MEETING_KINDS = ['in_person', 'phone', 'home_visit', 'group'] as const;

/** Case work: counselors on their caseload, coordinators on their projects; never trainers. */
const CASE_WORKERS = ['coordinator', 'counselor'] as const;

export const pathwayInput = z
  .object({
    participantId: id,
    track: z.enum(PATHWAY_TRACKS, { error: 'errors.invalidChoice' }),
    /** Defaults to the caller (a counselor opening a pathway for themselves). */
    counselorId: id.optional(),
    projectId: id.optional(),
    openedOn: isoDate,
  })
  .strict();

export const statusInput = z
  .object({
    id,
    status: z.enum(PATHWAY_STATUSES, { error: 'errors.invalidChoice' }),
    date: isoDate,
    outcome: optionalNotes(500),
    /** Closing with open plan actions needs this: the actions are kept, marked as left open. */
    confirmOpenActions: z.boolean().default(false),
  })
  .strict();

export const screeningInput = z
  .object({
    pathwayId: id,
    kind: z.enum(['baseline', 'follow_up'], { error: 'errors.invalidChoice' }),
    date: isoDate,
    scores: z
      .array(
        z
          .object({
            dimension: z.enum(SCREENING_DIMENSIONS, { error: 'errors.invalidChoice' }),
            level: z
              .number({ error: 'errors.invalid' })
              .int()
              .min(1, 'errors.levelRange')
              .max(4, 'errors.levelRange'),
            note: optionalNotes(1000),
          })
          .strict(),
      )
      .min(1, 'errors.required')
      .max(SCREENING_DIMENSIONS.length, 'errors.tooMany'),
  })
  .strict();

const action = z
  .object({
    description: text(300),
    who: z.enum(['participant', 'counselor', 'other'], { error: 'errors.invalidChoice' }),
    dueDate: optionalDate,
    status: z.enum(['open', 'done', 'dropped'], { error: 'errors.invalidChoice' }).default('open'),
  })
  .strict();

export const planInput = z
  .object({
    pathwayId: id,
    agreedOn: optionalDate,
    goals: z
      .array(
        z
          .object({
            title: text(200, 'errors.textTooLong'),
            dueDate: optionalDate,
            status: z
              .enum(['open', 'achieved', 'dropped'], { error: 'errors.invalidChoice' })
              .default('open'),
            actions: z.array(action).max(30, 'errors.tooMany').default([]),
          })
          .strict(),
      )
      .max(30, 'errors.tooMany'),
  })
  .strict();

export const meetingInput = z
  .object({
    pathwayId: id,
    date: isoDate,
    durationMinutes: z
      .number({ error: 'errors.invalid' })
      .int()
      .min(5, 'errors.invalid')
      .max(600, 'errors.invalid'),
    kind: z.enum(MEETING_KINDS, { error: 'errors.invalidChoice' }),
    notes: optionalNotes(10_000),
    nextSteps: optionalNotes(2_000),
    nextAppointment: optionalDate,
  })
  .strict();

const money = optionalInt(0, 100_000_00);
const insurance = z
  .object({
    insurer: text(200, 'errors.textTooLong'),
    policyNumber: text(60),
    startDate: isoDate,
    expiryDate: isoDate,
    volunteersCovered: optionalInt(0, 100_000),
  })
  .strict()
  .refine((i) => i.expiryDate >= i.startDate, {
    path: ['expiryDate'],
    message: 'errors.endBeforeStart',
  });

export const milestoneDetails = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('internship'),
      hostOrganisation: text(200, 'errors.textTooLong'),
      tutor: optionalText(100, 'errors.nameTooLong'),
      startDate: isoDate,
      endDate: optionalDate,
      hoursPerWeek: optionalInt(1, 60),
      monthlyAllowanceCents: money,
      voucher: optionalText(100),
    })
    .strict(),
  z
    .object({
      type: z.literal('job'),
      employer: text(200, 'errors.textTooLong'),
      contractType: z.enum(['permanent', 'fixed_term', 'apprenticeship', 'temporary', 'other'], {
        error: 'errors.invalidChoice',
      }),
      startDate: isoDate,
      hoursPerWeek: optionalInt(1, 60),
    })
    .strict(),
  z
    .object({
      type: z.literal('business'),
      name: text(200, 'errors.textTooLong'),
      legalForm: optionalText(100),
      atecoCode: z.preprocess(
        (v) => (v === '' ? undefined : v),
        z
          .string()
          .regex(/^\d{2}(\.\d{1,2}){0,2}$/, 'errors.atecoInvalid')
          .optional(),
      ),
      vatDate: optionalDate,
      microCredit: z.boolean().default(false),
    })
    .strict(),
  z
    .object({
      type: z.literal('association'),
      name: text(200, 'errors.textTooLong'),
      taxCode: optionalText(20),
      constitutiveActDate: optionalDate,
      runtsNumber: optionalText(40),
      runtsDate: optionalDate,
      volunteerRegister: z.boolean().default(false),
      insurance: insurance.optional(),
    })
    .strict(),
]);

export const milestoneInput = z
  .object({ pathwayId: id, date: isoDate, details: milestoneDetails })
  .strict();

export type MilestoneDetails = z.output<typeof milestoneDetails>;

export interface PathwaySummary {
  id: number;
  participantId: number;
  firstName: string;
  lastName: string;
  track: (typeof PATHWAY_TRACKS)[number];
  status: (typeof PATHWAY_STATUSES)[number];
  counselorId: number;
  openedOn: string;
  lastMeeting: string | null;
}

export interface PathwayDetail extends PathwaySummary {
  projectId: number | null;
  closedOn: string | null;
  outcome: string | null;
  planAgreedOn: string | null;
  screenings: {
    id: number;
    kind: 'baseline' | 'follow_up';
    date: string;
    scores: { dimension: string; level: number; note: string | null }[];
  }[];
  goals: {
    id: number;
    title: string;
    dueDate: string | null;
    status: string;
    actions: {
      id: number;
      description: string;
      who: string;
      dueDate: string | null;
      status: string;
    }[];
  }[];
  meetings: {
    id: number;
    date: string;
    durationMinutes: number;
    kind: string;
    notes: string | null;
    nextSteps: string | null;
    nextAppointment: string | null;
  }[];
  milestones: { id: number; date: string; details: MilestoneDetails }[];
  referrals: {
    id: number;
    serviceId: number;
    serviceName: string;
    serviceDeleted: boolean;
    date: string;
    reason: string | null;
    outcome: string | null;
  }[];
}

/** A counselor's home screen: what needs attention across their open pathways. */
export interface CaseloadHome {
  open: PathwaySummary[];
  overdueActions: {
    pathwayId: number;
    firstName: string;
    lastName: string;
    description: string;
    dueDate: string;
  }[];
  overdueGoals: {
    pathwayId: number;
    firstName: string;
    lastName: string;
    title: string;
    dueDate: string;
  }[];
  appointmentsThisWeek: { pathwayId: number; firstName: string; lastName: string; date: string }[];
  /** Open pathways without a meeting in the last 30 days (or never). */
  quiet: PathwaySummary[];
  insuranceExpiring: {
    pathwayId: number;
    firstName: string;
    lastName: string;
    association: string;
    insurer: string;
    expiryDate: string;
  }[];
}

const write = (entity: string) => ({ entity, kind: 'write' }) as const;

export const pathwaysContract = {
  'caseload.home': channel<CaseloadHome>()(
    z.object({ projectId: id.optional(), track: z.enum(PATHWAY_TRACKS).optional() }).strict(),
    CASE_WORKERS,
  ),
  'pathways.list': channel<PathwaySummary[]>()(
    z
      .object({
        status: z.enum(PATHWAY_STATUSES).optional(),
        track: z.enum(PATHWAY_TRACKS).optional(),
        projectId: id.optional(),
      })
      .strict(),
    CASE_WORKERS,
  ),
  /** One person's pathways that the caller works on, for the person's page (no case notes). */
  'pathways.forParticipant': channel<PathwaySummary[]>()(
    z.object({ participantId: id }).strict(),
    CASE_WORKERS,
  ),
  /** Returns case notes: every read is audited. */
  'pathways.get': channel<PathwayDetail>()(z.object({ id }).strict(), CASE_WORKERS, {
    entity: 'pathway',
    kind: 'view',
  }),
  'pathways.create': channel<PathwayDetail>()(pathwayInput, CASE_WORKERS, write('pathway')),
  'pathways.setStatus': channel<PathwayDetail>()(statusInput, CASE_WORKERS, write('pathway')),
  'screenings.create': channel<PathwayDetail>()(screeningInput, CASE_WORKERS, write('pathway')),
  'plans.save': channel<PathwayDetail>()(planInput, CASE_WORKERS, write('pathway')),
  'meetings.create': channel<PathwayDetail>()(meetingInput, CASE_WORKERS, write('pathway')),
  'milestones.create': channel<PathwayDetail>()(milestoneInput, CASE_WORKERS, write('pathway')),
  /** The individual plan as a PDF for the person to sign. */
  'documents.plan': channel<{ fileName: string; contentBase64: string }>()(
    z.object({ pathwayId: id }).strict(),
    CASE_WORKERS,
    { entity: 'pathway', kind: 'export' },
  ),
};
