import type { Sqlite, SqliteDatabase } from './driver';

const caches = new WeakMap<SqliteDatabase, Map<string, Sqlite.Statement<unknown[], unknown>>>();

/**
 * A prepared statement, prepared once per connection: preparing costs more than
 * running most of the small reads behind a screen.
 */
export function prepareCached<P extends unknown[], R>(
  sqlite: SqliteDatabase,
  source: string,
): Sqlite.Statement<P, R> {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  let statement = cache.get(source);
  if (!statement) {
    statement = sqlite.prepare(source);
    cache.set(source, statement);
  }
  return statement as unknown as Sqlite.Statement<P, R>;
}
