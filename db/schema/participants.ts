import { timestamps } from './columns';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Lists are stored as JSON text; drizzle's `mode: 'json'` parses them on read. */
export const participants = sqliteTable(
  'participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** Lower-cased, diacritics removed, "last first": used for duplicate checks. */
    normalizedName: text('normalized_name').notNull(),
    sex: text('sex', { enum: ['F', 'M', 'other', 'not_stated'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    birthCountry: text('birth_country').notNull(),
    birthPlace: text('birth_place'),
    citizenships: text('citizenships', { mode: 'json' }).$type<string[]>().notNull(),
    codiceFiscale: text('codice_fiscale'),
    residenceComune: text('residence_comune'),
    email: text('email'),
    phone: text('phone'),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    italianLevel: text('italian_level'),
    educationIsced: integer('education_isced'),
    residencePermitType: text('residence_permit_type'),
    residencePermitExpiry: text('residence_permit_expiry'),
    internationalProtection: integer('international_protection', { mode: 'boolean' })
      .notNull()
      .default(false),
    arrivalYear: integer('arrival_year'),
    referredBy: text('referred_by'),
    consentDate: text('consent_date').notNull(),
    consentLegalBasis: text('consent_legal_basis').notNull(),
    consentScopes: text('consent_scopes', { mode: 'json' }).$type<string[]>().notNull(),
    archivedAt: text('archived_at'),
    /** The user who registered the person (counselors see the people they register). */
    createdBy: integer('created_by'),
    /**
     * Set when a data-protection erasure removed what identifies the person; the row
     * stays (sex, birth year, citizenships, activities) so indicators keep counting them.
     */
    anonymisedAt: text('anonymised_at'),
    ...timestamps(),
  },
  (t) => [
    index('participants_codice_fiscale_idx').on(t.codiceFiscale),
    index('participants_name_birth_idx').on(t.normalizedName, t.birthDate),
    index('participants_last_first_idx').on(t.lastName, t.firstName),
    index('participants_created_by_idx').on(t.createdBy),
  ],
);

export type ParticipantRow = typeof participants.$inferSelect;
export type NewParticipantRow = typeof participants.$inferInsert;
