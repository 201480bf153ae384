import { z } from 'zod';
import { channel } from '../../api/channel';
import { id } from '../../api/fields';
import type { Session } from '../courses/contract';

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused', 'late'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceRow {
  participantId: number;
  firstName: string;
  lastName: string;
  status: AttendanceStatus | null;
  minutes: number | null;
}

export interface AttendanceSheet {
  session: Session;
  courseTitle: string;
  rows: AttendanceRow[];
}

export const attendanceSaveInput = z
  .object({
    sessionId: id,
    rows: z
      .array(
        z
          .object({
            participantId: id,
            status: z.enum(ATTENDANCE_STATUSES, { error: 'errors.invalidChoice' }),
            /** Minutes attended; defaults to the session's length when present, 0 when absent. */
            minutes: z
              .number({ error: 'errors.invalid' })
              .int('errors.invalid')
              .min(0, 'errors.invalid')
              .optional(),
          })
          .strict(),
      )
      .min(1, 'errors.required')
      .max(500, 'errors.tooMany'),
  })
  .strict();

export interface AttendanceSummaryRow {
  participantId: number;
  firstName: string;
  lastName: string;
  enrolmentStatus: string;
  attendedMinutes: number;
  /** Minutes of the sessions held so far. */
  heldMinutes: number;
  /** Attended / held, 0–1; null before any session is held. */
  rate: number | null;
  consecutiveAbsences: number;
  /** Attended at least the course's minimum percentage of its planned hours. */
  thresholdMet: boolean;
}

export interface AttendanceSummary {
  courseId: number;
  plannedMinutes: number;
  minAttendancePct: number;
  rows: AttendanceSummaryRow[];
}

export interface ParticipantCourseAttendance {
  courseId: number;
  courseTitle: string;
  enrolmentStatus: string;
  attendedMinutes: number;
  heldMinutes: number;
  plannedMinutes: number;
  rate: number | null;
  thresholdMet: boolean;
}

export interface GeneratedDocument {
  /** A file name without personal data. */
  fileName: string;
  contentBase64: string;
}

export interface ImportReport {
  /** True when every row was valid and everything was saved; false means nothing was saved. */
  committed: boolean;
  totalRows: number;
  sessionsCreated: number;
  marksSaved: number;
  /** Rows with problems, by line number in the file (the header is line 1). */
  problems: { line: number; messages: string[] }[];
}

/** About 10 MB of file once base64-encoded. */
export const MAX_IMPORT_BASE64 = 14_000_000;

export const attendanceImportInput = z
  .object({
    courseId: id,
    fileName: z
      .string()
      .max(200, 'errors.tooLong')
      .regex(/\.(csv|txt|xlsx)$/i, 'errors.importFileType'),
    contentBase64: z
      .string()
      .min(1, 'errors.required')
      .max(MAX_IMPORT_BASE64, 'errors.fileTooLarge')
      .regex(/^[A-Za-z0-9+/=\s]*$/, 'errors.invalid'),
  })
  .strict();

const TEACHERS = ['admin', 'coordinator', 'trainer'] as const;

export const attendanceContract = {
  'attendance.get': channel<AttendanceSheet>()(z.object({ sessionId: id }).strict(), TEACHERS),
  'attendance.save': channel<{ saved: number }>()(attendanceSaveInput, TEACHERS, {
    entity: 'session',
    kind: 'write',
  }),
  'attendance.summary': channel<AttendanceSummary>()(z.object({ courseId: id }).strict(), TEACHERS),
  /** One person's attendance in each of their courses (those the caller may see). */
  'attendance.forParticipant': channel<ParticipantCourseAttendance[]>()(
    z.object({ participantId: id }).strict(),
    ['admin', 'coordinator', 'counselor', 'trainer'],
  ),
  'attendance.import': channel<ImportReport>()(attendanceImportInput, TEACHERS, {
    entity: 'course',
    kind: 'write',
  }),
  'documents.signInSheet': channel<GeneratedDocument>()(
    z.object({ sessionId: id }).strict(),
    TEACHERS,
    { entity: 'session', kind: 'export' },
  ),
  'documents.courseSignInSheets': channel<GeneratedDocument>()(
    z.object({ courseId: id }).strict(),
    TEACHERS,
    { entity: 'course', kind: 'export' },
  ),
};
