import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { backupDatabase } from './backup';
import { Sqlite } from './driver';
import { applyKey } from './encryption';

export type BackupReason = 'auto' | 'manual' | 'before-restore' | `before-v${number}`;

export interface BackupInfo {
  file: string;
  name: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

const NAME = /^percorsi-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-([a-z0-9-]+)\.db$/;

export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, y, mo, d, h, mi, s, reason] = m;
    const file = path.join(dir, name);
    backups.push({
      file,
      name,
      takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}Z`,
      reason: reason ?? '',
      bytes: statSync(file).size,
    });
  }
  return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Opens a backup with the key and runs integrity_check; false if it is unreadable. */
export function verifyBackup(file: string, key: Buffer | null): boolean {
  let db;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true });
    if (key) applyKey(db, key);
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Writes (atomically), verifies and rotates; an unverifiable backup is removed and reported. */
export function takeBackup(
  sqlite: Parameters<typeof backupDatabase>[0],
  dir: string,
  reason: BackupReason,
  key: Buffer | null,
  now = new Date(),
): BackupInfo {
  const file = backupDatabase(sqlite, dir, reason, now);
  if (!verifyBackup(file, key)) {
    rmSync(file, { force: true });
    throw new Error('backup verification failed');
  }
  rotateBackups(dir);
  const info = listBackups(dir).find((b) => b.file === file);
  if (!info) throw new Error('backup vanished');
  return info;
}

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${week}`;
}

/**
 * Keeps the newest automatic/manual backup of each of the 7 most recent days
 * and of each of the 4 most recent weeks; other such backups are removed.
 * Backups taken before a migration or a restore are never rotated away.
 */
export function rotateBackups(dir: string, daily = 7, weekly = 4): string[] {
  const rotating = listBackups(dir).filter((b) => b.reason === 'auto' || b.reason === 'manual');
  const keep = new Set<string>();
  const days = new Map<string, BackupInfo>();
  const weeks = new Map<string, BackupInfo>();
  for (const b of rotating) {
    const day = b.takenAt.slice(0, 10);
    if (!days.has(day)) days.set(day, b);
    const week = isoWeek(new Date(b.takenAt));
    if (!weeks.has(week)) weeks.set(week, b);
  }
  [...days.values()].slice(0, daily).forEach((b) => keep.add(b.file));
  [...weeks.values()].slice(0, weekly).forEach((b) => keep.add(b.file));
  const removed: string[] = [];
  for (const b of rotating) {
    if (!keep.has(b.file)) {
      rmSync(b.file, { force: true });
      removed.push(b.name);
    }
  }
  return removed;
}
