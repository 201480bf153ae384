import Sqlite from 'better-sqlite3-multiple-ciphers';

/** The SQLite3MultipleCiphers build of better-sqlite3: same API, encryption-capable. */
export type SqliteDatabase = Sqlite.Database;
export { Sqlite };
