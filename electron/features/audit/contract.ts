import { z } from 'zod';
import { channel } from '../../api/channel';
import { id, optionalDate } from '../../api/fields';

export interface AuditEvent {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  displayName: string | null;
  action: string;
  entity: string | null;
  entityId: number | null;
  outcome: 'ok' | 'denied' | 'failed';
}

export const auditListInput = z
  .object({
    from: optionalDate,
    to: optionalDate,
    userId: id.optional(),
    action: z.string().max(60).optional(),
    entity: z.string().max(40).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export const auditContract = {
  'audit.list': channel<{ items: AuditEvent[]; hasMore: boolean }>()(auditListInput, [
    'admin',
    'coordinator',
  ]),
};
