import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Organisation profile and preferences, one JSON value per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
