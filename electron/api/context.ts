import type { OpenedDatabase } from '../../db/open';
import type { Vault } from '../app/vault';
import type { Caller } from './roles';
import type { Locale } from './locale';

/** What every handler receives besides its input. */
export interface HandlerContext {
  /** The open database; reading it before sign-in throws (public handlers use `vault`). */
  readonly database: OpenedDatabase;
  /** The data folder's key and session manager; null only in tests without accounts. */
  readonly vault: Vault | null;
  readonly caller: Caller;
  readonly locale: Locale;
  now: () => Date;
}
