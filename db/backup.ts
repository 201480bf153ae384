import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SqliteDatabase as Database } from './driver';

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO, to a
 * temporary name first and renamed at the end, so an interrupted backup never
 * replaces or imitates a good one. File names carry only a date and a reason.
 */
export function backupDatabase(
  sqlite: Database,
  backupDir: string,
  reason: string,
  now = new Date(),
): string {
  mkdirSync(backupDir, { recursive: true });
  const finalPath = path.join(backupDir, `percorsi-${timestamp(now)}-${reason}.db`);
  const tempPath = `${finalPath}.partial`;
  rmSync(tempPath, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(tempPath);
  renameSync(tempPath, finalPath);
  return finalPath;
}

/** Replaces a closed database file (and its WAL side files) with a copy of a backup. */
export function restoreFile(backupPath: string, databasePath: string): void {
  const tempPath = `${databasePath}.restoring`;
  copyFileSync(backupPath, tempPath);
  for (const suffix of ['-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  renameSync(tempPath, databasePath);
}
