import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { instantNow, timestamps } from './columns';
import { participants } from './participants';
import { projects } from './projects';
import { users } from './users';

export const PATHWAY_TRACKS = ['association', 'self_employment', 'job_placement'] as const;
export const PATHWAY_STATUSES = ['intake', 'active', 'completed', 'closed', 'dropped'] as const;

/** Individual accompaniment of one participant on one track. */
export const pathways = sqliteTable(
  'pathways',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    track: text('track', { enum: PATHWAY_TRACKS }).notNull(),
    counselorId: integer('counselor_id')
      .notNull()
      .references(() => users.id),
    projectId: integer('project_id').references(() => projects.id),
    status: text('status', { enum: PATHWAY_STATUSES }).notNull().default('intake'),
    openedOn: text('opened_on').notNull(),
    closedOn: text('closed_on'),
    outcome: text('outcome'),
    planAgreedOn: text('plan_agreed_on'),
    ...timestamps(),
  },
  (t) => [
    index('pathways_counselor_status_idx').on(t.counselorId, t.status),
    index('pathways_participant_idx').on(t.participantId),
    index('pathways_project_opened_idx').on(t.projectId, t.openedOn),
  ],
);

export const screenings = sqliteTable(
  'screenings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pathwayId: integer('pathway_id')
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['baseline', 'follow_up'] }).notNull(),
    date: text('date').notNull(),
    assessorId: integer('assessor_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('screenings_pathway_idx').on(t.pathwayId, t.date)],
);

/** One dimension of a screening: a 1–4 need level and a note. */
export const screeningScores = sqliteTable(
  'screening_scores',
  {
    screeningId: integer('screening_id')
      .notNull()
      .references(() => screenings.id, { onDelete: 'cascade' }),
    dimension: text('dimension').notNull(),
    level: integer('level').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.dimension] })],
);

export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pathwayId: integer('pathway_id')
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueDate: text('due_date'),
    status: text('status', { enum: ['open', 'achieved', 'dropped'] })
      .notNull()
      .default('open'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('plan_goals_pathway_idx').on(t.pathwayId)],
);

export const planActions = sqliteTable(
  'plan_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoals.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    who: text('who', { enum: ['participant', 'counselor', 'other'] }).notNull(),
    dueDate: text('due_date'),
    status: text('status', { enum: ['open', 'done', 'dropped'] })
      .notNull()
      .default('open'),
  },
  (t) => [index('plan_actions_goal_idx').on(t.goalId)],
);

/** Counselling meetings: the notes are the most sensitive data; every read is audited. */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pathwayId: integer('pathway_id')
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind', { enum: ['in_person', 'phone', 'home_visit', 'group'] }).notNull(),
    notes: text('notes'),
    nextSteps: text('next_steps'),
    nextAppointment: text('next_appointment'),
    counselorId: integer('counselor_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('meetings_pathway_date_idx').on(t.pathwayId, t.date)],
);

export const MILESTONE_TYPES = ['internship', 'job', 'business', 'association'] as const;

/** A dated step of a pathway; its typed details are validated by the contract and stored as JSON. */
export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pathwayId: integer('pathway_id')
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    type: text('type', { enum: MILESTONE_TYPES }).notNull(),
    date: text('date').notNull(),
    details: text('details', { mode: 'json' }).notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('milestones_pathway_idx').on(t.pathwayId, t.date)],
);
