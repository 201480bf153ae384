import { z } from 'zod';
import { channel } from '../../api/channel';

/** A backup as the interface sees it: a name, never a path. */
export interface BackupSummary {
  name: string;
  takenAt: string;
  reason: string;
  bytes: number;
}

const backupName = z
  .string()
  .regex(/^percorsi-\d{8}T\d{6}Z-[a-z0-9-]+\.db$/, 'errors.invalid')
  .max(80);

export const backupsContract = {
  'backups.list': channel<BackupSummary[]>()(z.object({}).strict(), ['admin']),
  'backups.create': channel<BackupSummary>()(z.object({}).strict(), ['admin'], {
    entity: 'backup',
    kind: 'export',
    ownTransaction: true,
  }),
  'backups.restore': channel<null>()(z.object({ name: backupName }).strict(), ['admin'], {
    entity: 'backup',
    kind: 'write',
    ownTransaction: true,
  }),
};
