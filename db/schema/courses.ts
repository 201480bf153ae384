import { timestamps } from './columns';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { participants } from './participants';
import { projects } from './projects';
import { users } from './users';

export const TRACKS = ['association', 'self_employment', 'job_placement', 'other'] as const;

export const courses = sqliteTable(
  'courses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    track: text('track', { enum: TRACKS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    location: text('location'),
    mode: text('mode', { enum: ['in_person', 'online', 'blended'] }).notNull(),
    plannedHours: integer('planned_hours').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    minAttendancePct: integer('min_attendance_pct').notNull().default(70),
    ...timestamps(),
  },
  (t) => [index('courses_project_idx').on(t.projectId)],
);

export const courseTrainers = sqliteTable(
  'course_trainers',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.courseId, t.userId] }),
    index('course_trainers_user_idx').on(t.userId),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    /** HH:MM, local time of the course. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    location: text('location'),
    topic: text('topic'),
    trainerId: integer('trainer_id').references(() => users.id),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] })
      .notNull()
      .default('planned'),
    note: text('note'),
  },
  (t) => [index('sessions_course_date_idx').on(t.courseId, t.date, t.startTime)],
);

export const enrolments = sqliteTable(
  'enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: ['enrolled', 'active', 'completed', 'withdrawn'] })
      .notNull()
      .default('enrolled'),
    enrolledOn: text('enrolled_on').notNull(),
    statusDate: text('status_date').notNull(),
    reason: text('reason'),
  },
  (t) => [
    uniqueIndex('enrolments_course_participant_idx').on(t.courseId, t.participantId),
    index('enrolments_participant_idx').on(t.participantId),
  ],
);

/** One row per person per session; hours are stored as minutes so sums stay exact. */
export const attendance = sqliteTable(
  'attendance',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    status: text('status', { enum: ['present', 'absent', 'excused', 'late'] }).notNull(),
    minutes: integer('minutes').notNull(),
    recordedBy: integer('recorded_by'),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.participantId] }),
    index('attendance_participant_idx').on(t.participantId),
  ],
);
