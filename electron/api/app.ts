import type { OpenedDatabase } from '../../db/open';
import type { Vault } from '../app/vault';
import { handlers } from './handlers';
import { LOCAL_CALLER } from './roles';
import { createRouter, type Router } from './router';
import { vaultSession, type SessionSource } from './session';

export interface AppRouterOptions {
  vault: Vault;
  now?: () => Date;
  onInternalError?: (channel: string, error: unknown) => void;
}

/** The application's router over a data folder's vault; both transports bind this. */
export function createAppRouter(options: AppRouterOptions): Router {
  const { vault } = options;
  return createRouter({
    handlers,
    session: vaultSession(vault, () => vault.inactivityMinutes),
    now: options.now,
    onInternalError: options.onInternalError,
  });
}

/**
 * A router over an already-open database with a fixed local administrator and
 * no accounts: only for tests of single features and tools that never face a
 * person. The app itself always goes through createAppRouter and the vault.
 */
export function createUnguardedRouter(database: OpenedDatabase): Router {
  const session: SessionSource = {
    caller: () => LOCAL_CALLER,
    locked: () => false,
    touch: () => undefined,
    database: () => database,
    audit: () => undefined,
    vault: null,
  };
  return createRouter({ handlers, session });
}
