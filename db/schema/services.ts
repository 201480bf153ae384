import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { instantNow, timestamps } from './columns';
import { participants } from './participants';
import { pathways } from './pathways';
import { users } from './users';

/** The shared directory of local services and programmes. */
export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    provider: text('provider'),
    category: text('category').notNull(),
    comune: text('comune'),
    address: text('address'),
    contacts: text('contacts'),
    openingHours: text('opening_hours'),
    eligibility: text('eligibility'),
    deletedAt: text('deleted_at'),
    ...timestamps(),
  },
  (t) => [index('services_category_idx').on(t.category, t.comune)],
);

export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    pathwayId: integer('pathway_id')
      .notNull()
      .references(() => pathways.id, { onDelete: 'cascade' }),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    date: text('date').notNull(),
    reason: text('reason'),
    outcome: text('outcome'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('referrals_pathway_idx').on(t.pathwayId)],
);

/** Hours a participant volunteers at a host association. */
export const volunteering = sqliteTable(
  'volunteering',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    hostAssociation: text('host_association').notNull(),
    role: text('role'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    hours: integer('hours').notNull(),
    insuranceCovered: integer('insurance_covered', { mode: 'boolean' }).notNull(),
    /** Expiry of the host's volunteer insurance policy, when known. */
    insuranceExpiry: text('insurance_expiry'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('volunteering_participant_idx').on(t.participantId),
    index('volunteering_host_idx').on(t.hostAssociation),
  ],
);
