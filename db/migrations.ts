import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SqliteDatabase as Database } from './driver';
import { DatabaseLifecycleError } from './errors';

export interface Migration {
  idx: number;
  tag: string;
  hash: string;
  statements: string[];
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** Reads drizzle-kit's journal and SQL files: the migrations that ship with the app. */
export function loadMigrations(dir: string): Migration[] {
  const journalPath = path.join(dir, 'meta', '_journal.json');
  if (!existsSync(journalPath)) {
    throw new DatabaseLifecycleError(
      'migrations_missing',
      'Database migrations are missing from the installation.',
    );
  }
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  return journal.entries
    .slice()
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const sqlText = readFileSync(path.join(dir, `${entry.tag}.sql`), 'utf8');
      return {
        idx: entry.idx,
        tag: entry.tag,
        hash: createHash('sha256').update(sqlText).digest('hex'),
        statements: sqlText
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    });
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  idx INTEGER PRIMARY KEY,
  tag TEXT NOT NULL,
  hash TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export interface AppliedMigration {
  idx: number;
  tag: string;
}

export function appliedMigrations(sqlite: Database): AppliedMigration[] {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!exists) return [];
  return sqlite
    .prepare('SELECT idx, tag FROM schema_migrations ORDER BY idx')
    .all() as AppliedMigration[];
}

/** Migrations the file lacks; throws if the file was written by a newer Percorsi. */
export function pendingMigrations(sqlite: Database, migrations: Migration[]): Migration[] {
  const applied = appliedMigrations(sqlite);
  const known = new Map(migrations.map((m) => [m.idx, m.tag]));
  const unknown = applied.filter((a) => known.get(a.idx) !== a.tag);
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number;
  if (unknown.length > 0 || userVersion > migrations.length) {
    throw new DatabaseLifecycleError(
      'database_too_new',
      'This data file was written by a newer version of Percorsi. Update Percorsi to open it; the file has not been changed.',
    );
  }
  const done = new Set(applied.map((a) => a.idx));
  return migrations.filter((m) => !done.has(m.idx));
}

/**
 * Applies pending migrations in one transaction, with foreign keys off on the
 * connection (drizzle-kit table rebuilds would otherwise cascade-delete child
 * rows) and a foreign_key_check before commit. Any failure rolls everything back.
 */
export function applyMigrations(sqlite: Database, pending: Migration[], total: number): void {
  if (pending.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.exec(MIGRATIONS_TABLE);
      const record = sqlite.prepare(
        'INSERT INTO schema_migrations (idx, tag, hash, applied_at) VALUES (?, ?, ?, ?)',
      );
      for (const migration of pending) {
        for (const statement of migration.statements) sqlite.exec(statement);
        record.run(migration.idx, migration.tag, migration.hash, new Date().toISOString());
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`foreign_key_check reported ${violations.length} violation(s)`);
      }
      sqlite.pragma(`user_version = ${total}`);
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
