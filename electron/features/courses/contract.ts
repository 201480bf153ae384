import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, isoDate, optionalNotes, optionalText, text } from '../../api/fields';
import { ROLES } from '../../api/roles';

export const COURSE_TRACKS = ['association', 'self_employment', 'job_placement', 'other'] as const;
export const COURSE_MODES = ['in_person', 'online', 'blended'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const ENROLMENT_STATUSES = ['enrolled', 'active', 'completed', 'withdrawn'] as const;

const time = z
  .string({ error: 'errors.required' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.timeInvalid');

export const courseInput = z
  .object({
    projectId: id,
    track: z.enum(COURSE_TRACKS, { error: 'errors.invalidChoice' }),
    title: text(200, 'errors.textTooLong'),
    description: optionalNotes(2000),
    location: optionalText(200, 'errors.textTooLong'),
    mode: z.enum(COURSE_MODES, { error: 'errors.invalidChoice' }),
    plannedHours: z
      .number({ error: 'errors.invalid' })
      .int('errors.invalid')
      .min(1, 'errors.invalid')
      .max(2000, 'errors.invalid'),
    startDate: isoDate,
    endDate: isoDate,
    minAttendancePct: z
      .number({ error: 'errors.invalid' })
      .int()
      .min(0, 'errors.percentRange')
      .max(100, 'errors.percentRange')
      .default(70),
    trainerIds: z.array(id).max(20, 'errors.tooMany').default([]),
  })
  .strict()
  .refine((c) => c.endDate >= c.startDate, { path: ['endDate'], message: 'errors.endBeforeStart' });

export type CourseInput = z.output<typeof courseInput>;

export interface Course extends CourseInput {
  id: number;
  projectCode: string;
  projectTitle: string;
}

export interface CourseSummary {
  id: number;
  projectId: number;
  projectCode: string;
  title: string;
  track: (typeof COURSE_TRACKS)[number];
  startDate: string;
  endDate: string;
  sessions: number;
  enrolled: number;
}

export const sessionInput = z
  .object({
    date: isoDate,
    startTime: time,
    endTime: time,
    location: optionalText(200, 'errors.textTooLong'),
    topic: optionalText(200, 'errors.textTooLong'),
    trainerId: id.optional(),
    status: z.enum(SESSION_STATUSES, { error: 'errors.invalidChoice' }).default('planned'),
    note: optionalNotes(500),
  })
  .strict()
  .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'errors.endBeforeStart' });

export interface Session {
  id: number;
  courseId: number;
  date: string;
  startTime: string;
  endTime: string;
  minutes: number;
  location: string | null;
  topic: string | null;
  trainerId: number | null;
  status: (typeof SESSION_STATUSES)[number];
  note: string | null;
}

export const calendarInput = z
  .object({
    courseId: id,
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    weekdays: z.array(z.number().int().min(1).max(7)).min(1, 'errors.required').max(7),
    from: isoDate,
    weeks: z
      .number({ error: 'errors.invalid' })
      .int()
      .min(1, 'errors.invalid')
      .max(104, 'errors.invalid'),
    startTime: time,
    endTime: time,
    skipDates: z.array(isoDate).max(200).default([]),
    location: optionalText(200, 'errors.textTooLong'),
    topic: optionalText(200, 'errors.textTooLong'),
    trainerId: id.optional(),
  })
  .strict()
  .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'errors.endBeforeStart' });

export interface Enrolment {
  id: number;
  courseId: number;
  participantId: number;
  firstName: string;
  lastName: string;
  status: (typeof ENROLMENT_STATUSES)[number];
  enrolledOn: string;
  statusDate: string;
  reason: string | null;
}

const TEACHERS = ['admin', 'coordinator', 'trainer'] as const;
const MANAGERS = ['admin', 'coordinator'] as const;
const ENROLLERS = ['admin', 'coordinator', 'counselor'] as const;

export const coursesContract = {
  'courses.list': channel<CourseSummary[]>()(
    z.object({ projectId: id.optional() }).strict(),
    ROLES,
  ),
  'courses.get': channel<Course>()(z.object({ id }).strict(), ROLES),
  'courses.create': channel<Course>()(z.object({ data: courseInput }).strict(), MANAGERS, {
    entity: 'course',
    kind: 'write',
  }),
  'courses.update': channel<Course>()(z.object({ id, data: courseInput }).strict(), MANAGERS, {
    entity: 'course',
    kind: 'write',
  }),
  'sessions.list': channel<Session[]>()(z.object({ courseId: id }).strict(), TEACHERS),
  'sessions.create': channel<Session>()(
    z.object({ courseId: id, data: sessionInput }).strict(),
    TEACHERS,
    {
      entity: 'session',
      kind: 'write',
    },
  ),
  'sessions.update': channel<Session>()(z.object({ id, data: sessionInput }).strict(), TEACHERS, {
    entity: 'session',
    kind: 'write',
  }),
  'sessions.createCalendar': channel<Session[]>()(calendarInput, TEACHERS, {
    entity: 'course',
    kind: 'write',
  }),
  'enrolments.list': channel<Enrolment[]>()(z.object({ courseId: id }).strict(), ROLES),
  'enrolments.add': channel<Enrolment>()(
    z.object({ courseId: id, participantId: id, enrolledOn: isoDate.optional() }).strict(),
    ENROLLERS,
    { entity: 'enrolment', kind: 'write' },
  ),
  'enrolments.setStatus': channel<Enrolment>()(
    z
      .object({
        id,
        status: z.enum(ENROLMENT_STATUSES, { error: 'errors.invalidChoice' }),
        date: isoDate,
        reason: optionalText(200, 'errors.textTooLong'),
      })
      .strict(),
    ENROLLERS,
    { entity: 'enrolment', kind: 'write' },
  ),
};
