import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { instantNow, timestamps } from './columns';
import { courses, TRACKS } from './courses';
import { participants } from './participants';
import { milestones } from './pathways';
import { projects } from './projects';
import { volunteering } from './services';
import { users } from './users';

/** An item of the competence framework, in Italian and English. */
export const competences = sqliteTable(
  'competences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    titleIt: text('title_it').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionIt: text('description_it').notNull(),
    descriptionEn: text('description_en').notNull(),
    track: text('track', { enum: TRACKS }).notNull(),
    eqfLevel: integer('eqf_level').notNull(),
    escoUri: text('esco_uri'),
    adaCode: text('ada_code'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competences_code_idx').on(t.code),
    check('competences_eqf_check', sql`${t.eqfLevel} BETWEEN 1 AND 8`),
  ],
);

/** The competences a course aims at. */
export const courseCompetences = sqliteTable(
  'course_competences',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    competenceId: integer('competence_id')
      .notNull()
      .references(() => competences.id),
  },
  (t) => [
    primaryKey({ columns: [t.courseId, t.competenceId] }),
    index('course_competences_competence_idx').on(t.competenceId),
  ],
);

export const RECORD_STATUSES = ['draft', 'validated', 'revoked'] as const;

/** A competence recognised for one participant, with its evidence. */
export const competenceRecords = sqliteTable(
  'competence_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    competenceId: integer('competence_id')
      .notNull()
      .references(() => competences.id),
    levelReached: text('level_reached', {
      enum: ['basic', 'intermediate', 'advanced'],
    }).notNull(),
    source: text('source', {
      enum: ['course', 'volunteering', 'internship', 'experience'],
    }).notNull(),
    courseId: integer('course_id').references(() => courses.id),
    volunteeringId: integer('volunteering_id').references(() => volunteering.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    /** The facts of the source when the record was made: hours, period, attendance. */
    sourceTitle: text('source_title').notNull(),
    /** Minutes attended or worked, so half hours stay exact. */
    minutes: integer('minutes'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    /** Tenths of a percent, so 87.5 % is 875. */
    attendancePermille: integer('attendance_permille'),
    evidence: text('evidence'),
    assessmentMethod: text('assessment_method', {
      enum: ['interview', 'observation', 'portfolio', 'test'],
    }).notNull(),
    assessorName: text('assessor_name').notNull(),
    assessedOn: text('assessed_on').notNull(),
    status: text('status', { enum: RECORD_STATUSES }).notNull().default('draft'),
    validatedBy: integer('validated_by').references(() => users.id),
    validatedAt: text('validated_at'),
    revokedReason: text('revoked_reason'),
    revokedAt: text('revoked_at'),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('competence_records_participant_idx').on(t.participantId, t.status),
    index('competence_records_course_idx').on(t.courseId),
    index('competence_records_competence_idx').on(t.competenceId),
  ],
);

export const CERTIFICATE_STATUSES = ['issued', 'revoked', 'replaced'] as const;

/**
 * The registry of issued certificates. `snapshot` freezes every printed field;
 * its SHA-256 and the file's are what Verify compares against. Rows are never
 * deleted: a number is never reused, and numbers of a year have no gaps.
 */
export const certificates = sqliteTable(
  'certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    verificationCode: text('verification_code').notNull(),
    participantId: integer('participant_id').references(() => participants.id),
    projectId: integer('project_id').references(() => projects.id),
    courseId: integer('course_id').references(() => courses.id),
    locale: text('locale', { enum: ['it', 'en'] }).notNull(),
    issuedOn: text('issued_on').notNull(),
    issuedBy: integer('issued_by').references(() => users.id),
    snapshot: text('snapshot').notNull(),
    snapshotSha256: text('snapshot_sha256').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status', { enum: CERTIFICATE_STATUSES }).notNull().default('issued'),
    revokedReason: text('revoked_reason'),
    revokedAt: text('revoked_at'),
    replacedById: integer('replaced_by_id'),
    /**
     * Set when the person was anonymised: the snapshot's personal fields were removed, so it
     * no longer hashes to snapshot_sha256; Verify says "issued to an anonymised person".
     */
    redactedAt: text('redacted_at'),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    uniqueIndex('certificates_year_seq_idx').on(t.year, t.seq),
    uniqueIndex('certificates_number_idx').on(t.number),
    uniqueIndex('certificates_code_idx').on(t.verificationCode),
    index('certificates_participant_idx').on(t.participantId),
    index('certificates_course_idx').on(t.courseId),
    index('certificates_project_idx').on(t.projectId),
  ],
);

/** Which records a certificate printed. */
export const certificateRecords = sqliteTable(
  'certificate_records',
  {
    certificateId: integer('certificate_id')
      .notNull()
      .references(() => certificates.id),
    recordId: integer('record_id')
      .notNull()
      .references(() => competenceRecords.id),
  },
  (t) => [
    primaryKey({ columns: [t.certificateId, t.recordId] }),
    index('certificate_records_record_idx').on(t.recordId),
  ],
);
