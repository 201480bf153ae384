import { listBackups, takeBackup, verifyBackup, type BackupInfo } from '../../../db/backups';
import { restoreFile } from '../../../db/backup';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import type { Vault } from '../../app/vault';
import type { BackupSummary } from './contract';

const DAY_MS = 86_400_000;

function summary(info: BackupInfo): BackupSummary {
  return { name: info.name, takenAt: info.takenAt, reason: info.reason, bytes: info.bytes };
}

function vaultOf(ctx: HandlerContext): Vault {
  if (!ctx.vault) throw new AppError('forbidden', 'errors.forbidden');
  return ctx.vault;
}

/** At sign-in: an automatic backup when the newest one is older than a day. Never blocks sign-in. */
export function runStartupBackup(vault: Vault, now: Date): void {
  const db = vault.openDatabaseOrNull();
  if (!db) return;
  const newest = listBackups(vault.backupDir).find(
    (b) => b.reason === 'auto' || b.reason === 'manual',
  );
  if (newest && now.getTime() - Date.parse(newest.takenAt) < DAY_MS) return;
  try {
    takeBackup(db.sqlite, vault.backupDir, 'auto', vault.key(), now);
    vault.audit({ userId: null, action: 'backups.auto', entity: 'backup' });
  } catch {
    vault.audit({ userId: null, action: 'backups.auto', entity: 'backup', outcome: 'failed' });
  }
}

const list: Handler<'backups.list'> = (ctx) => listBackups(vaultOf(ctx).backupDir).map(summary);

const create: Handler<'backups.create'> = (ctx) => {
  const vault = vaultOf(ctx);
  try {
    return summary(
      takeBackup(ctx.database.sqlite, vault.backupDir, 'manual', vault.key(), ctx.now()),
    );
  } catch {
    throw new AppError('internal', 'errors.backupFailed');
  }
};

/**
 * Restores a backup: it must open with this archive's key and pass
 * integrity_check; the live file is backed up first, then replaced atomically.
 */
const restore: Handler<'backups.restore'> = (ctx, { name }) => {
  const vault = vaultOf(ctx);
  const backup = listBackups(vault.backupDir).find((b) => b.name === name);
  if (!backup) throw new AppError('not_found', 'errors.notFound');
  const current = vault.key();
  // A copy: closing the database wipes the in-memory key.
  const key = current ? Buffer.from(current) : null;
  if (!verifyBackup(backup.file, key)) throw new AppError('conflict', 'errors.backupForeign');
  takeBackup(ctx.database.sqlite, vault.backupDir, 'before-restore', key, ctx.now());
  const user = vault.sessionUser;
  vault.close();
  restoreFile(backup.file, vault.databaseFile);
  if (user && key) vault.reopenAfterRestore(key);
  return null;
};

export const backupHandlers = {
  'backups.list': list,
  'backups.create': create,
  'backups.restore': restore,
};
