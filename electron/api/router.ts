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
import { fieldErrors, zodErrorMap } from './validation';

export type Handler<K extends ChannelName> = (
  ctx: HandlerContext,
  input: ParsedInput<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type HandlerMap = { [K in ChannelName]: Handler<K> };

/** Decides whether a caller may use a channel; accounts and scopes plug in here. */
export type Authorize = (caller: Caller, channel: ChannelName) => boolean;

export const authorizeByRole: Authorize = (caller, channel) =>
  contract[channel].roles.includes(caller.role);

export interface RouterOptions {
  handlers: HandlerMap;
  context: (caller: Caller, locale: Locale) => HandlerContext;
  authorize?: Authorize;
  /** Receives unexpected errors (for the developer log); must not forward personal data. */
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface CallRequest {
  channel: string;
  input: unknown;
  caller: Caller;
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
) {
  const error: ApiError = { code, message: translateError(key, locale) };
  if (fields && Object.keys(fields).length > 0) error.fields = fields;
  return { ok: false as const, error };
}

/** Validates, authorises, runs the handler and maps every failure to `{ code, message, fields? }`. */
export function createRouter(options: RouterOptions): Router {
  const authorize = options.authorize ?? authorizeByRole;
  return {
    async call({ channel, input, caller, locale }) {
      if (!isChannelName(channel))
        return failure('unknown_channel', 'errors.unknownChannel', locale);
      if (!authorize(caller, channel)) return failure('forbidden', 'errors.forbidden', locale);
      const parsed = contract[channel].input.safeParse(input ?? {}, { error: zodErrorMap });
      if (!parsed.success) {
        return failure(
          'validation',
          'errors.validation',
          locale,
          fieldErrors(parsed.error, locale),
        );
      }
      const handler = options.handlers[channel] as (ctx: HandlerContext, input: unknown) => unknown;
      try {
        const data = await handler(options.context(caller, locale), parsed.data);
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) {
          const fields = error.fields
            ? Object.fromEntries(
                Object.entries(error.fields).map(([k, v]) => [k, translateError(v, locale)]),
              )
            : undefined;
          return failure(error.code, error.messageKey, locale, fields);
        }
        options.onInternalError?.(channel, error);
        return failure('internal', 'errors.internal', locale);
      }
    },
  };
}
