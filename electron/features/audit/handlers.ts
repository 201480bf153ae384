import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditEvents, users } from '../../../db/schema';
import type { Handler } from '../../api/router';

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const list: Handler<'audit.list'> = (ctx, input) => {
  const conditions: SQL[] = [];
  if (input.from) conditions.push(gte(auditEvents.at, input.from));
  if (input.to) conditions.push(lt(auditEvents.at, nextDay(input.to)));
  if (input.userId) conditions.push(eq(auditEvents.userId, input.userId));
  if (input.action) conditions.push(eq(auditEvents.action, input.action));
  if (input.entity) conditions.push(eq(auditEvents.entity, input.entity));
  const rows = ctx.database.db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      userId: auditEvents.userId,
      username: users.username,
      displayName: users.displayName,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      outcome: auditEvents.outcome,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1)
    .offset(input.offset)
    .all();
  return { items: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
};

export const auditHandlers = { 'audit.list': list };
