import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** An ISO-8601 UTC instant set by SQLite when the row is written. */
export const instantNow = (name: string) =>
  text(name)
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** created_at / updated_at, as every aggregate root carries them. */
export const timestamps = () => ({
  createdAt: instantNow('created_at'),
  updatedAt: instantNow('updated_at'),
});
