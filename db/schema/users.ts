import { timestamps } from './columns';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower case; also stored in the key file to find the user's key slot. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['admin', 'coordinator', 'counselor', 'trainer'] }).notNull(),
    /** Argon2id PHC string. */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);

export type UserRow = typeof users.$inferSelect;
