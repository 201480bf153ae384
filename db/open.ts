import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { backupDatabase, restoreFile } from './backup';
import { Sqlite, type SqliteDatabase as Database } from './driver';
import { DatabaseLifecycleError } from './errors';
import { applyKey } from './encryption';
import { applyMigrations, loadMigrations, pendingMigrations } from './migrations';
import * as schema from './schema';

/** Files up to this size get a quick_check at every start (well under a second). */
export const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export type AppDatabase = BetterSQLite3Database<typeof schema>;

export interface OpenDatabaseOptions {
  /** The SQLite file. Its folder is created if missing. */
  file: string;
  /** drizzle-kit output folder (db/migrations), shipped inside the app. */
  migrationsDir: string;
  /** Where pre-migration backups go; default: "backups" beside the file. */
  backupDir?: string;
  /** The 256-bit database key (SQLite3MultipleCiphers); omitted only for unencrypted files. */
  key?: Buffer;
}

export interface OpenedDatabase {
  sqlite: Database;
  db: AppDatabase;
  file: string;
  /** Backup written before migrating, if migrations were applied to existing data. */
  migrationBackup: string | null;
  appliedMigrations: number;
  /** False when the file was too large for quick_check at start-up (see QUICK_CHECK_MAX_BYTES). */
  integrityChecked: boolean;
  close(): void;
}

function applyPragmas(sqlite: Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // 32 MiB of page cache: with encryption every page read from disk is decrypted,
  // so keeping the hot pages (indexes, the search table) decrypted in memory matters.
  sqlite.pragma('cache_size = -32768');
}

function isNotADatabase(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_NOTADB';
}

function hasUserTables(sqlite: Database): boolean {
  return (
    (
      sqlite
        .prepare(
          "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .get() as { n: number }
    ).n > 0
  );
}

/**
 * The one way to open a Percorsi data file: pragmas, quick_check, a refusal for
 * files from newer versions, a backup before migrating existing data, and a
 * restore of that backup if migrating fails.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  const file = path.resolve(options.file);
  mkdirSync(path.dirname(file), { recursive: true });
  const backupDir = options.backupDir ?? path.join(path.dirname(file), 'backups');
  const migrations = loadMigrations(options.migrationsDir);
  const existed = existsSync(file);

  // Large archives are checked page by page on their daily backup instead (see below).
  const integrityChecked = !existed || statSync(file).size <= QUICK_CHECK_MAX_BYTES;
  let sqlite: Database;
  try {
    sqlite = new Sqlite(file);
    if (options.key) applyKey(sqlite, options.key);
  } catch (error) {
    throw new DatabaseLifecycleError('database_corrupt', 'The data file cannot be opened.', {
      cause: error,
    });
  }
  try {
    applyPragmas(sqlite);
    // Reading the schema proves the key and the header; quick_check reads every
    // page, which costs seconds on a large archive, so there it is left to the
    // daily backup, whose verification runs integrity_check on the same content.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (integrityChecked && sqlite.pragma('quick_check', { simple: true }) !== 'ok') {
      throw new Error('quick_check failed');
    }
  } catch (error) {
    sqlite.close();
    if (options.key && existed && isNotADatabase(error)) {
      throw new DatabaseLifecycleError(
        'wrong_key',
        'The data file cannot be decrypted with this key: it belongs to another key file, or it is damaged.',
        { cause: error },
      );
    }
    throw new DatabaseLifecycleError(
      'database_corrupt',
      'The data file cannot be read: it is damaged or not a Percorsi file. Restore a backup.',
      { cause: error },
    );
  }

  let migrationBackup: string | null = null;
  let pending;
  try {
    pending = pendingMigrations(sqlite, migrations);
    if (pending.length > 0 && existed && hasUserTables(sqlite)) {
      migrationBackup = backupDatabase(sqlite, backupDir, `before-v${migrations.length}`);
    }
    applyMigrations(sqlite, pending, migrations.length);
  } catch (error) {
    sqlite.close();
    if (error instanceof DatabaseLifecycleError) throw error;
    if (migrationBackup) restoreFile(migrationBackup, file);
    throw new DatabaseLifecycleError(
      'migration_failed',
      'Updating the data file failed; it has been left as it was before the update.',
      { cause: error },
    );
  }

  // The multiple-ciphers build has better-sqlite3's API; its typings are a copy under another name.
  const client = sqlite as unknown as BetterSqlite3.Database;
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return {
    sqlite,
    db,
    file,
    migrationBackup,
    appliedMigrations: pending.length,
    integrityChecked,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
