import type { HandlerContext } from './context';
import {
  contract,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ParsedInput,
} from './contract';
import { AppError, type ApiError, type ApiResult } from './errors';
import type { Locale } from './locale';
import { translateError } from './messages';
import type { Caller } from './roles';
import { ANONYMOUS, type SessionSource } from './session';
import { fieldErrors, zodErrorMap } from './validation';

export type Handler<K extends ChannelName> = (
  ctx: HandlerContext,
  input: ParsedInput<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type HandlerMap = { [K in ChannelName]: Handler<K> };

/** Whether a signed-in caller may use a channel: the contract's access table. */
export function mayCall(caller: Caller, channel: ChannelName): boolean {
  const access = contract[channel].access;
  if (access === 'public' || access === 'signed_in') return true;
  return access.includes(caller.role);
}

export interface RouterOptions {
  handlers: HandlerMap;
  session: SessionSource;
  now?: () => Date;
  /** Receives unexpected errors (for the developer log); must not forward personal data. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface CallRequest {
  channel: string;
  input: unknown;
  locale: Locale;
}

export interface Router {
  call(request: CallRequest): Promise<ApiResult<unknown>>;
}

function failure(
  code: ApiError['code'],
  key: string,
  locale: Locale,
  fields?: Record<string, string>,
  params?: Record<string, string | number>,
) {
  const error: ApiError = { code, message: translateError(key, locale, params) };
  if (fields && Object.keys(fields).length > 0) error.fields = fields;
  return { ok: false as const, error };
}

function entityIdOf(input: unknown, output: unknown): number | null {
  for (const value of [output, input]) {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'number') return id;
  }
  return null;
}

/**
 * Checks the session and the caller's role, validates the input, runs the
 * handler, audits writes, and maps every failure to `{ code, message, fields? }`.
 */
export function createRouter(options: RouterOptions): Router {
  const { session } = options;
  const now = options.now ?? (() => new Date());
  return {
    async call({ channel, input, locale }) {
      if (!isChannelName(channel))
        return failure('unknown_channel', 'errors.unknownChannel', locale);
      const def = contract[channel];
      let caller = ANONYMOUS;
      if (def.access !== 'public') {
        const signedIn = session.caller();
        if (!signedIn) return failure('unauthenticated', 'errors.unauthenticated', locale);
        session.touch();
        // Signing out is always possible, also from the lock screen.
        if (session.locked() && channel !== 'auth.logout') {
          return failure('locked', 'errors.locked', locale);
        }
        caller = signedIn;
        if (!mayCall(caller, channel)) {
          session.audit({ userId: caller.userId, action: channel, outcome: 'denied' });
          return failure('forbidden', 'errors.forbidden', locale);
        }
      }
      const parsed = def.input.safeParse(input ?? {}, { error: zodErrorMap });
      if (!parsed.success) {
        return failure(
          'validation',
          'errors.validation',
          locale,
          fieldErrors(parsed.error, locale),
        );
      }
      const handler = options.handlers[channel] as (ctx: HandlerContext, input: unknown) => unknown;
      const ctx: HandlerContext = {
        get database() {
          const db = session.database();
          if (!db) throw new AppError('unauthenticated', 'errors.unauthenticated');
          return db;
        },
        vault: session.vault,
        caller,
        locale,
        now,
      };
      const audit = def.audit;
      const record = (data: unknown) => {
        if (!audit) return;
        session.audit({
          userId: caller.userId,
          action: channel,
          entity: audit.entity,
          entityId: entityIdOf(parsed.data, data),
        });
      };
      try {
        const database = audit && !audit.ownTransaction ? session.database() : null;
        let data: unknown;
        if (database) {
          // A synchronous write and its audit event commit together (one transaction,
          // one fsync); a handler that must await (key derivation) is audited after.
          // IMMEDIATE takes the write lock first, so a read-then-write (the next
          // certificate number) never races another connection.
          const deferred: { promise: Promise<unknown> | null } = { promise: null };
          database.sqlite
            .transaction(() => {
              const value = handler(ctx, parsed.data);
              if (value instanceof Promise) deferred.promise = value;
              else {
                data = value;
                record(data);
              }
            })
            .immediate();
          if (deferred.promise) {
            data = await deferred.promise;
            record(data);
          }
        } else {
          data = await handler(ctx, parsed.data);
          record(data);
        }
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) {
          if (error.code === 'forbidden') {
            session.audit({ userId: caller.userId, action: channel, outcome: 'denied' });
          }
          const fields = error.fields
            ? Object.fromEntries(
                Object.entries(error.fields).map(([k, v]) => [k, translateError(v, locale)]),
              )
            : undefined;
          return failure(error.code, error.messageKey, locale, fields, error.params);
        }
        options.onInternalError?.(channel, error);
        return failure('internal', 'errors.internal', locale);
      }
    },
  };
}
