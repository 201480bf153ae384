import { timestamps } from './columns';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    funder: text('funder').notNull(),
    fundingLine: text('funding_line'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    leadOrganisation: text('lead_organisation').notNull(),
    /** Years after the project's end that personal data may be kept; null: no rule set. */
    retentionYears: integer('retention_years'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('projects_code_idx').on(t.code)],
);

export const projectPartners = sqliteTable(
  'project_partners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    territory: text('territory'),
  },
  (t) => [index('project_partners_project_idx').on(t.projectId)],
);

export const projectTerritories = sqliteTable(
  'project_territories',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    comune: text('comune').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.comune] })],
);

/** A number the funder expects: stored now, tracked by the dashboard later. */
export const projectTargets = sqliteTable(
  'project_targets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    indicator: text('indicator').notNull(),
    track: text('track'),
    value: real('value').notNull(),
    unit: text('unit').notNull(),
    note: text('note'),
  },
  (t) => [index('project_targets_project_idx').on(t.projectId)],
);

/** Coordinators see everything of the projects they coordinate. */
export const projectCoordinators = sqliteTable(
  'project_coordinators',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.userId] }),
    index('project_coordinators_user_idx').on(t.userId),
  ],
);

/** A saved column mapping for spreadsheet imports, reused across files of the same shape. */
export const importMappings = sqliteTable(
  'import_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['participants'] }).notNull(),
    name: text('name').notNull(),
    /** Field name → column header in the file. */
    mapping: text('mapping', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    createdBy: integer('created_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('import_mappings_kind_name_idx').on(t.kind, t.name)],
);
