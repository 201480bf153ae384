import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase, restoreFile } from './backup';
import { Sqlite, type SqliteDatabase } from './driver';
import { DatabaseLifecycleError } from './errors';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** True when the file is an unencrypted SQLite database (a file from before encryption). */
export function isPlaintextDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    return read === 16 && header.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** Applies the database key; must be the first statement on a new connection. */
export function applyKey(sqlite: SqliteDatabase, key: Buffer): void {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
}

function tableCounts(sqlite: SqliteDatabase): Record<string, number> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      (sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number) ?? 0,
    ]),
  );
}

/**
 * Encrypts an unencrypted database in place: a plaintext backup first, then
 * `rekey`, then a verification (integrity_check and every table's row count
 * against the backup) before the plaintext backup is removed. On any failure
 * the original file is restored.
 */
export function encryptInPlace(
  file: string,
  key: Buffer,
  backupDir = path.join(path.dirname(file), 'backups'),
): void {
  let backup: string | null = null;
  let sqlite: SqliteDatabase | null = null;
  try {
    sqlite = new Sqlite(file);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    const before = tableCounts(sqlite);
    backup = backupDatabase(sqlite, backupDir, 'before-encryption');
    sqlite.pragma(`rekey="x'${key.toString('hex')}'"`);
    sqlite.close();
    sqlite = null;

    const check = new Sqlite(file);
    try {
      applyKey(check, key);
      if (check.pragma('integrity_check', { simple: true }) !== 'ok')
        throw new Error('integrity_check failed');
      const after = tableCounts(check);
      if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error('row counts differ');
      check.pragma('journal_mode = WAL');
    } finally {
      check.close();
    }
    if (isPlaintextDatabase(file)) throw new Error('file is still plaintext');
    rmSync(backup, { force: true });
  } catch (error) {
    sqlite?.close();
    if (backup) restoreFile(backup, file);
    throw new DatabaseLifecycleError(
      'encryption_failed',
      'Encrypting the data file failed; it has been left as it was.',
      { cause: error },
    );
  }
}
