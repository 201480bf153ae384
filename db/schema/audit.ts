import { instantNow } from './columns';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who did what to which record, and when — never personal content. Rows are
 * append-only: triggers (migration 0003) refuse UPDATE and DELETE.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: instantNow('at'),
    userId: integer('user_id'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: integer('entity_id'),
    outcome: text('outcome', { enum: ['ok', 'denied', 'failed'] })
      .notNull()
      .default('ok'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_user_idx').on(t.userId, t.at),
    index('audit_events_entity_idx').on(t.entity, t.entityId),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
