import type { Locale } from './locale';

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'unknown_channel'
  | 'bad_request'
  | 'unauthenticated'
  | 'locked'
  | 'invalid_credentials'
  | 'rate_limited'
  | 'internal';

/** What crosses the router when a call fails: never a stack, path, SQL or personal data. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by handlers for failures the user can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message key (see messages.ts), never free text with personal data. */
    readonly messageKey: string,
    readonly fields?: Record<string, string>,
    readonly params?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = 'AppError';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

export type { Locale };
