import type { OpenedDatabase } from '../../db/open';
import { handlers } from './handlers';
import { createRouter, type Authorize, type Router } from './router';

export interface AppRouterOptions {
  database: OpenedDatabase;
  authorize?: Authorize;
  now?: () => Date;
  onInternalError?: (channel: string, error: unknown) => void;
}

/** The application's router over an open database; both transports bind this. */
export function createAppRouter(options: AppRouterOptions): Router {
  const now = options.now ?? (() => new Date());
  return createRouter({
    handlers,
    authorize: options.authorize,
    onInternalError: options.onInternalError,
    context: (caller, locale) => ({ database: options.database, caller, locale, now }),
  });
}
