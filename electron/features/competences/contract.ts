import { z } from 'zod';
import { channel } from '../../api/channel';
import {
  id,
  isoDate,
  notes,
  optionalDate,
  optionalNotes,
  optionalText,
  text,
} from '../../api/fields';
import { ASSESSMENT_METHODS } from '../certificates/snapshot';

export const COMPETENCE_TRACKS = [
  'association',
  'self_employment',
  'job_placement',
  'other',
] as const;
export type CompetenceTrack = (typeof COMPETENCE_TRACKS)[number];

export const LEVELS_REACHED = ['basic', 'intermediate', 'advanced'] as const;
export type LevelReached = (typeof LEVELS_REACHED)[number];

export const competenceInput = z
  .object({
    code: text(20, 'errors.codeTooLong').regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'errors.competenceCode',
    ),
    titleIt: text(200, 'errors.textTooLong'),
    titleEn: text(200, 'errors.textTooLong'),
    descriptionIt: notes(2000, 'errors.textTooLong'),
    descriptionEn: notes(2000, 'errors.textTooLong'),
    track: z.enum(COMPETENCE_TRACKS, { error: 'errors.invalidChoice' }),
    eqfLevel: z
      .number({ error: 'errors.eqfLevel' })
      .int('errors.eqfLevel')
      .min(1, 'errors.eqfLevel')
      .max(8, 'errors.eqfLevel'),
    escoUri: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z
        .string()
        .trim()
        .max(300, 'errors.textTooLong')
        .regex(/^https?:\/\/[^\s]+$/, 'errors.escoUri')
        .optional(),
    ),
    adaCode: optionalText(50, 'errors.textTooLong'),
  })
  .strict();

export type CompetenceInput = z.output<typeof competenceInput>;

export interface Competence extends CompetenceInput {
  id: number;
  escoUri: string | undefined;
  adaCode: string | undefined;
  active: boolean;
}

/** Where a record's evidence comes from; the server fills the facts from its own data. */
export const recordSource = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('course'), courseId: id }).strict(),
    z.object({ kind: z.literal('volunteering'), volunteeringId: id }).strict(),
    z.object({ kind: z.literal('internship'), milestoneId: id }).strict(),
    z
      .object({
        kind: z.literal('experience'),
        title: text(200, 'errors.textTooLong'),
        from: optionalDate,
        to: optionalDate,
        hours: z
          .number({ error: 'errors.invalid' })
          .int('errors.invalid')
          .min(1, 'errors.invalid')
          .max(10_000, 'errors.invalid')
          .optional(),
      })
      .strict()
      .refine((v) => !v.from || !v.to || v.to >= v.from, {
        path: ['to'],
        message: 'errors.endBeforeStart',
      }),
  ],
  { error: 'errors.invalidChoice' },
);

export type RecordSource = z.output<typeof recordSource>;

const assessment = {
  levelReached: z.enum(LEVELS_REACHED, { error: 'errors.invalidChoice' }),
  evidence: optionalNotes(2000, 'errors.textTooLong'),
  assessmentMethod: z.enum(ASSESSMENT_METHODS, { error: 'errors.invalidChoice' }),
  assessorName: text(100, 'errors.nameTooLong'),
  assessedOn: isoDate,
};

export const recordInput = z
  .object({ participantId: id, competenceId: id, source: recordSource, ...assessment })
  .strict();

export const recordUpdateInput = z.object({ competenceId: id, ...assessment }).strict();

export type RecordStatus = 'draft' | 'validated' | 'revoked';

export interface CompetenceRecord {
  id: number;
  participantId: number;
  participantName: string;
  competenceId: number;
  competenceCode: string;
  competenceTitle: string;
  eqfLevel: number;
  levelReached: LevelReached;
  source: 'course' | 'volunteering' | 'internship' | 'experience';
  courseId: number | null;
  sourceTitle: string;
  hours: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  /** 0–100 with one decimal; courses only. */
  attendancePct: number | null;
  evidence: string | null;
  assessmentMethod: (typeof ASSESSMENT_METHODS)[number];
  assessorName: string;
  assessedOn: string;
  status: RecordStatus;
  revokedReason: string | null;
  /** Number of the certificate in force that prints this record, if any. */
  certificateNumber: string | null;
}

/** A draft the evidence suggests: a course completed above its threshold, volunteering, an internship. */
export interface RecordSuggestion {
  participantId: number;
  participantName: string;
  /** Null where the evidence names no competence (volunteering, internships): the coordinator chooses. */
  competenceId: number | null;
  competenceCode: string | null;
  competenceTitle: string | null;
  source: RecordSource;
  sourceTitle: string;
  hours: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  attendancePct: number | null;
}

export const frameworkFile = z
  .object({
    format: z.enum(['json', 'csv'], { error: 'errors.invalidChoice' }),
    contentBase64: z
      .string()
      .min(1, 'errors.required')
      .max(14_000_000, 'errors.fileTooLarge')
      .regex(/^[A-Za-z0-9+/=\s]*$/, 'errors.invalid'),
  })
  .strict();

export interface FrameworkImportReport {
  committed: boolean;
  created: number;
  updated: number;
  /** Problems by item: line number for CSV (header is line 1), position from 1 for JSON. */
  problems: { line: number; messages: string[] }[];
}

export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

const EDITORS = ['admin', 'coordinator'] as const;
const CASE_WORKERS = ['coordinator', 'counselor'] as const;

export const competencesContract = {
  'competences.list': channel<Competence[]>()(
    z
      .object({
        query: z.string().max(100).default(''),
        track: z.enum(COMPETENCE_TRACKS).optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    'signed_in',
  ),
  'competences.create': channel<Competence>()(
    z.object({ data: competenceInput }).strict(),
    EDITORS,
    {
      entity: 'competence',
      kind: 'write',
    },
  ),
  'competences.update': channel<Competence>()(
    z.object({ id, data: competenceInput }).strict(),
    EDITORS,
    { entity: 'competence', kind: 'write' },
  ),
  'competences.setActive': channel<Competence>()(
    z.object({ id, active: z.boolean() }).strict(),
    EDITORS,
    { entity: 'competence', kind: 'write' },
  ),
  'competences.export': channel<GeneratedFile>()(
    z.object({ format: z.enum(['json', 'csv'], { error: 'errors.invalidChoice' }) }).strict(),
    EDITORS,
    { entity: 'competence', kind: 'export' },
  ),
  'competences.import': channel<FrameworkImportReport>()(frameworkFile, EDITORS, {
    entity: 'competence',
    kind: 'write',
  }),
  /** The competences a course aims at. */
  'competences.forCourse': channel<Competence[]>()(
    z.object({ courseId: id }).strict(),
    'signed_in',
  ),
  'competences.setForCourse': channel<Competence[]>()(
    z.object({ courseId: id, competenceIds: z.array(id).max(100, 'errors.tooMany') }).strict(),
    EDITORS,
    { entity: 'course', kind: 'write' },
  ),
  'competenceRecords.list': channel<CompetenceRecord[]>()(
    z
      .object({
        participantId: id.optional(),
        courseId: id.optional(),
        status: z.enum(['draft', 'validated', 'revoked']).optional(),
      })
      .strict()
      .refine((v) => v.participantId !== undefined || v.courseId !== undefined, {
        message: 'errors.invalid',
      }),
    CASE_WORKERS,
  ),
  'competenceRecords.create': channel<CompetenceRecord>()(recordInput, CASE_WORKERS, {
    entity: 'competence_record',
    kind: 'write',
  }),
  'competenceRecords.update': channel<CompetenceRecord>()(
    z.object({ id, data: recordUpdateInput }).strict(),
    CASE_WORKERS,
    { entity: 'competence_record', kind: 'write' },
  ),
  'competenceRecords.validate': channel<{ validated: number }>()(
    z.object({ ids: z.array(id).min(1, 'errors.required').max(1000, 'errors.tooMany') }).strict(),
    ['coordinator'],
    { entity: 'competence_record', kind: 'write' },
  ),
  'competenceRecords.revoke': channel<CompetenceRecord>()(
    z.object({ id, reason: notes(500, 'errors.textTooLong') }).strict(),
    ['coordinator'],
    { entity: 'competence_record', kind: 'write' },
  ),
  'competenceRecords.suggestions': channel<RecordSuggestion[]>()(
    z
      .object({ courseId: id.optional(), participantId: id.optional() })
      .strict()
      .refine((v) => (v.courseId === undefined) !== (v.participantId === undefined), {
        message: 'errors.invalid',
      }),
    CASE_WORKERS,
  ),
  /** Turns chosen suggestions into drafts; the facts are recomputed from the data, not taken from the caller. */
  'competenceRecords.acceptSuggestions': channel<{ created: number }>()(
    z
      .object({
        items: z
          .array(z.object({ participantId: id, competenceId: id, source: recordSource }).strict())
          .min(1, 'errors.required')
          .max(1000, 'errors.tooMany'),
        ...assessment,
      })
      .strict(),
    CASE_WORKERS,
    { entity: 'competence_record', kind: 'write' },
  ),
};
