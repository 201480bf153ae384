import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { referrals, services, volunteering } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { missingRecord } from '../courses/scope';
import { loadRow } from '../participants/handlers';
import { loadPathway } from '../pathways/handlers';
import type { ServiceEntry, ServiceInput, VolunteeringEntry } from './contract';

type ServiceRow = typeof services.$inferSelect;

function toEntry(row: ServiceRow): ServiceEntry {
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    id: row.id,
    name: row.name,
    provider: opt(row.provider),
    category: row.category as ServiceEntry['category'],
    comune: opt(row.comune),
    address: opt(row.address),
    contacts: opt(row.contacts),
    openingHours: opt(row.openingHours),
    eligibility: opt(row.eligibility),
    deleted: row.deletedAt !== null,
  };
}

function columns(data: ServiceInput) {
  return {
    name: data.name,
    provider: data.provider ?? null,
    category: data.category,
    comune: data.comune ?? null,
    address: data.address ?? null,
    contacts: data.contacts ?? null,
    openingHours: data.openingHours ?? null,
    eligibility: data.eligibility ?? null,
  };
}

function loadService(ctx: HandlerContext, id: number): ServiceRow {
  const row = ctx.database.db.select().from(services).where(eq(services.id, id)).get();
  if (!row) missingRecord(ctx);
  return row;
}

const list: Handler<'services.list'> = (ctx, input) => {
  const conditions: SQL[] = [];
  if (!input.includeDeleted) conditions.push(isNull(services.deletedAt));
  if (input.category) conditions.push(eq(services.category, input.category));
  const text = input.query.trim();
  if (text) {
    const pattern = `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const match = (column: SQLiteColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
    conditions.push(
      or(match(services.name), match(services.provider), match(services.comune)) as SQL,
    );
  }
  return ctx.database.db
    .select()
    .from(services)
    .where(and(...conditions))
    .orderBy(asc(services.name))
    .limit(500)
    .all()
    .map(toEntry);
};

const create: Handler<'services.create'> = (ctx, { data }) =>
  toEntry(ctx.database.db.insert(services).values(columns(data)).returning().get());

const update: Handler<'services.update'> = (ctx, { id, data }) => {
  loadService(ctx, id);
  return toEntry(
    ctx.database.db
      .update(services)
      .set({ ...columns(data), updatedAt: ctx.now().toISOString() })
      .where(eq(services.id, id))
      .returning()
      .get(),
  );
};

/** Services are never deleted for real: referrals keep pointing at them. */
const setDeleted: Handler<'services.setDeleted'> = (ctx, { id, deleted }) => {
  loadService(ctx, id);
  return toEntry(
    ctx.database.db
      .update(services)
      .set({ deletedAt: deleted ? ctx.now().toISOString() : null })
      .where(eq(services.id, id))
      .returning()
      .get(),
  );
};

const refer: Handler<'referrals.create'> = (ctx, input) => {
  const pathway = loadPathway(ctx, input.pathwayId);
  const service = ctx.database.db
    .select()
    .from(services)
    .where(eq(services.id, input.serviceId))
    .get();
  if (!service || service.deletedAt !== null) {
    throw new AppError('validation', 'errors.validation', { serviceId: 'errors.serviceDeleted' });
  }
  if (input.date < pathway.openedOn) {
    throw new AppError('validation', 'errors.validation', { date: 'errors.beforePathwayOpened' });
  }
  return ctx.database.db
    .insert(referrals)
    .values({
      pathwayId: pathway.id,
      serviceId: service.id,
      date: input.date,
      reason: input.reason ?? null,
      createdBy: ctx.caller.userId,
    })
    .returning({ id: referrals.id })
    .get();
};

const setOutcome: Handler<'referrals.setOutcome'> = (ctx, { id, outcome }) => {
  const row = ctx.database.db.select().from(referrals).where(eq(referrals.id, id)).get();
  if (!row) missingRecord(ctx);
  loadPathway(ctx, row.pathwayId, false);
  ctx.database.db.update(referrals).set({ outcome }).where(eq(referrals.id, id)).run();
  return { id };
};

function toVolunteering(row: typeof volunteering.$inferSelect): VolunteeringEntry {
  const { createdBy: _by, createdAt: _at, ...rest } = row;
  return rest;
}

const volunteeringList: Handler<'volunteering.list'> = (ctx, { participantId }) => {
  loadRow(ctx, participantId);
  return ctx.database.db
    .select()
    .from(volunteering)
    .where(eq(volunteering.participantId, participantId))
    .orderBy(asc(volunteering.startDate))
    .all()
    .map(toVolunteering);
};

const volunteeringCreate: Handler<'volunteering.create'> = (ctx, input) => {
  loadRow(ctx, input.participantId);
  return toVolunteering(
    ctx.database.db
      .insert(volunteering)
      .values({
        ...input,
        role: input.role ?? null,
        endDate: input.endDate ?? null,
        insuranceExpiry: input.insuranceExpiry ?? null,
        createdBy: ctx.caller.userId,
      })
      .returning()
      .get(),
  );
};

/**
 * Host associations whose volunteers lack insurance: placements recorded
 * without cover, or whose policy has expired or expires within 30 days.
 */
const insuranceAlerts: Handler<'volunteering.insuranceAlerts'> = (ctx) => {
  const today = ctx.now().toISOString().slice(0, 10);
  const soon = new Date(ctx.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const rows = ctx.database.sqlite
    .prepare<
      [string, string],
      { host: string; expiry: string | null; uncovered: number; volunteers: number }
    >(
      `SELECT host_association AS host, max(insurance_expiry) AS expiry,
         sum(NOT insurance_covered) AS uncovered, count(*) AS volunteers
       FROM volunteering
       WHERE end_date IS NULL OR end_date >= ?
       GROUP BY host_association
       HAVING uncovered > 0 OR (expiry IS NOT NULL AND expiry <= ?)
       ORDER BY host_association`,
    )
    .all(today, soon);
  return rows.map((r) => ({
    hostAssociation: r.host,
    problem:
      r.uncovered > 0 ? 'missing' : r.expiry !== null && r.expiry < today ? 'expired' : 'expiring',
    insuranceExpiry: r.expiry,
    volunteers: r.volunteers,
  }));
};

export const serviceHandlers = {
  'services.list': list,
  'services.create': create,
  'services.update': update,
  'services.setDeleted': setDeleted,
  'referrals.create': refer,
  'referrals.setOutcome': setOutcome,
  'volunteering.list': volunteeringList,
  'volunteering.create': volunteeringCreate,
  'volunteering.insuranceAlerts': insuranceAlerts,
};
