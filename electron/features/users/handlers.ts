import { and, eq, ne, sql } from 'drizzle-orm';
import { users, type UserRow } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { hashPassword, normalizeUsername, type Vault } from '../../app/vault';
import type { UserSummary } from './contract';

function summary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
  };
}

function vaultOf(ctx: HandlerContext): Vault {
  if (!ctx.vault) throw new AppError('forbidden', 'errors.forbidden');
  return ctx.vault;
}

function load(ctx: HandlerContext, id: number): UserRow {
  const row = ctx.database.db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw new AppError('not_found', 'errors.notFound');
  return row;
}

function otherActiveAdmins(ctx: HandlerContext, id: number): number {
  return (
    ctx.database.db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)))
      .get()?.n ?? 0
  );
}

const list: Handler<'users.list'> = (ctx) =>
  ctx.database.db.select().from(users).orderBy(users.username).all().map(summary);

const trainers: Handler<'users.trainers'> = (ctx) =>
  ctx.database.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'trainer'), eq(users.active, true)))
    .orderBy(users.displayName)
    .all();

const create: Handler<'users.create'> = async (ctx, input) => {
  const vault = vaultOf(ctx);
  const username = normalizeUsername(input.username);
  const { db } = ctx.database;
  if (db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()) {
    throw new AppError('conflict', 'errors.validation', { username: 'errors.usernameTaken' });
  }
  const passwordHash = await hashPassword(input.password);
  const row = db
    .insert(users)
    .values({ username, displayName: input.displayName, role: input.role, passwordHash })
    .returning()
    .get();
  await vault.setPassword(row, input.password);
  return summary(load(ctx, row.id));
};

const update: Handler<'users.update'> = (ctx, { id, displayName, role }) => {
  const row = load(ctx, id);
  if (row.role === 'admin' && role !== 'admin' && row.active && otherActiveAdmins(ctx, id) === 0) {
    throw new AppError('conflict', 'errors.lastAdmin');
  }
  ctx.database.db
    .update(users)
    .set({ displayName, role, updatedAt: ctx.now().toISOString() })
    .where(eq(users.id, id))
    .run();
  return summary(load(ctx, id));
};

/** Deactivating removes the user's key slot: without it their password opens nothing. */
const setActive: Handler<'users.setActive'> = async (ctx, { id, active, password }) => {
  const vault = vaultOf(ctx);
  const row = load(ctx, id);
  if (!active) {
    if (id === ctx.caller.userId) throw new AppError('conflict', 'errors.selfDeactivate');
    if (row.role === 'admin' && otherActiveAdmins(ctx, id) === 0) {
      throw new AppError('conflict', 'errors.lastAdmin');
    }
    vault.removeSlot(id);
  } else if (!row.active) {
    if (!password) {
      throw new AppError('validation', 'errors.validation', {
        password: 'errors.passwordRequiredToReactivate',
      });
    }
    await vault.setPassword(row, password);
  }
  ctx.database.db
    .update(users)
    .set({ active, updatedAt: ctx.now().toISOString() })
    .where(eq(users.id, id))
    .run();
  return summary(load(ctx, id));
};

const resetPassword: Handler<'users.resetPassword'> = async (ctx, { id, password }) => {
  const row = load(ctx, id);
  if (!row.active) {
    throw new AppError('validation', 'errors.validation', {
      password: 'errors.passwordRequiredToReactivate',
    });
  }
  await vaultOf(ctx).setPassword(row, password);
  return summary(load(ctx, id));
};

export const userHandlers = {
  'users.list': list,
  'users.trainers': trainers,
  'users.create': create,
  'users.update': update,
  'users.setActive': setActive,
  'users.resetPassword': resetPassword,
};
