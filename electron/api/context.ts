import type { OpenedDatabase } from '../../db/open';
import type { Caller } from './roles';
import type { Locale } from './locale';

/** What every handler receives besides its input. */
export interface HandlerContext {
  database: OpenedDatabase;
  caller: Caller;
  locale: Locale;
  now: () => Date;
}
