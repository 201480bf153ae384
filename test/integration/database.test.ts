import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseLifecycleError } from '../../db/errors';
import { Sqlite } from '../../db/driver';
import { loadMigrations } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_DIR, tempDir } from './helpers/db';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const latest = loadMigrations(MIGRATIONS_DIR);
const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A copy of the migrations folder holding only the first `count` migrations, plus extra ones. */
function migrationsDir(count: number, extra: { tag: string; sql: string }[] = []): string {
  const target = path.join(dir, `migrations-${count}-${extra.length}`);
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  const journalPath = path.join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number; tag: string; when: number; version: string; breakpoints: boolean }[];
  };
  journal.entries = journal.entries.slice(0, count);
  for (const migration of extra) {
    writeFileSync(path.join(target, `${migration.tag}.sql`), migration.sql);
    journal.entries.push({
      idx: journal.entries.length,
      tag: migration.tag,
      when: Date.now(),
      version: '6',
      breakpoints: true,
    });
  }
  writeFileSync(journalPath, JSON.stringify(journal));
  return target;
}

function expectLifecycleError(fn: () => unknown, code: DatabaseLifecycleError['code']) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseLifecycleError);
    expect((error as DatabaseLifecycleError).code).toBe(code);
    expect((error as Error).message).not.toContain(dir);
    return;
  }
  throw new Error(`expected ${code}`);
}

const insertPerson = `INSERT INTO participants
  (first_name, last_name, normalized_name, sex, birth_date, birth_country, citizenships, languages,
   consent_date, consent_legal_basis, consent_scopes)
  VALUES (?, ?, ?, 'F', '1990-04-03', 'SN', '["SN"]', '[]', '2026-01-15', 'consent', '["service"]')`;

describe('database lifecycle', () => {
  it('brings a fresh file to the latest migration with the required pragmas', () => {
    const file = path.join(dir, 'nested', 'percorsi.db');
    const opened = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    const { sqlite } = opened;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(latest.length);
    const applied = sqlite.prepare('SELECT tag FROM schema_migrations ORDER BY idx').pluck().all();
    expect(applied).toEqual(latest.map((m) => m.tag));
    expect(opened.migrationBackup).toBeNull();
    opened.close();
    // Opening again applies nothing and takes no backup.
    const again = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(again.appliedMigrations).toBe(0);
    expect(again.migrationBackup).toBeNull();
    again.close();
  });

  it('upgrades a populated file from an earlier migration with every row intact', () => {
    const file = path.join(dir, 'percorsi.db');
    const old = openDatabase({ file, migrationsDir: migrationsDir(1) });
    const insert = old.sqlite.prepare(insertPerson);
    for (const [first, last] of [
      ['Aïcha', 'Diallo'],
      ['Zoë', 'Nguyễn'],
      ['Đorđe', 'Petrović'],
    ]) {
      insert.run(first, last, `${last} ${first}`.toLowerCase());
    }
    old.close();

    const upgraded = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(upgraded.appliedMigrations).toBe(latest.length - 1);
    const names = upgraded.sqlite
      .prepare('SELECT first_name FROM participants ORDER BY id')
      .pluck()
      .all();
    expect(names).toEqual(['Aïcha', 'Zoë', 'Đorđe']);
    // Rows written before the search index existed are found through it.
    const found = upgraded.sqlite
      .prepare('SELECT rowid FROM participants_fts WHERE participants_fts MATCH \'"petrov"*\'')
      .pluck()
      .all();
    expect(found).toEqual([3]);
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    // A verified backup of the pre-upgrade state was taken first.
    expect(upgraded.migrationBackup).not.toBeNull();
    const backup = new Sqlite(upgraded.migrationBackup ?? '', { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(3);
    expect(backup.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(1);
    backup.close();
    expect(path.basename(upgraded.migrationBackup ?? '')).toMatch(
      /^percorsi-\d{8}T\d{6}Z-before-v\d+\.db$/,
    );
    upgraded.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', () => {
    const file = path.join(dir, 'percorsi.db');
    const future = migrationsDir(latest.length, [
      { tag: '9999_from_the_future', sql: 'CREATE TABLE future_things (id integer primary key);' },
    ]);
    openDatabase({ file, migrationsDir: future }).close();
    const before = fileHash(file);
    expectLifecycleError(
      () => openDatabase({ file, migrationsDir: MIGRATIONS_DIR }),
      'database_too_new',
    );
    expect(fileHash(file)).toBe(before);
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('refuses a file whose user_version is ahead even without the migrations table', () => {
    const file = path.join(dir, 'percorsi.db');
    const raw = new Sqlite(file);
    raw.pragma('user_version = 99');
    raw.close();
    expectLifecycleError(
      () => openDatabase({ file, migrationsDir: MIGRATIONS_DIR }),
      'database_too_new',
    );
  });

  it('leaves the original file intact when a migration fails half-way', () => {
    const file = path.join(dir, 'percorsi.db');
    const current = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    current.sqlite.prepare(insertPerson).run('Aïcha', 'Diallo', 'diallo aicha');
    current.sqlite.prepare(insertPerson).run('Oumou', 'Sangaré', 'sangare oumou');
    current.close();
    const snapshot = () => {
      const db = new Sqlite(file, { readonly: true });
      const rows = db.prepare('SELECT * FROM participants ORDER BY id').all();
      const tables = db.prepare('SELECT name FROM sqlite_master ORDER BY name').pluck().all();
      const version = db.pragma('user_version', { simple: true });
      db.close();
      return { rows, tables, version };
    };
    const before = snapshot();

    const broken = migrationsDir(latest.length, [
      {
        tag: '9000_broken',
        sql: [
          'DELETE FROM participants WHERE id = 1;',
          'ALTER TABLE participants ADD COLUMN nickname text;',
          'UPDATE participants SET nickname = first_name;',
          'INSERT INTO table_that_does_not_exist VALUES (1);',
        ].join('\n--> statement-breakpoint\n'),
      },
    ]);
    expectLifecycleError(() => openDatabase({ file, migrationsDir: broken }), 'migration_failed');
    expect(snapshot()).toEqual(before);
    // The pre-migration backup remains available.
    expect(readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.db'))).toHaveLength(1);

    const reopened = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
    expect(reopened.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(2);
    reopened.close();
  });

  it('runs migrations with foreign keys off so table rebuilds do not cascade-delete', () => {
    const file = path.join(dir, 'percorsi.db');
    const tables = {
      tag: '9001_parent_child',
      sql: [
        'CREATE TABLE parents (id integer primary key, name text);',
        'CREATE TABLE children (id integer primary key, parent_id integer NOT NULL REFERENCES parents(id) ON DELETE CASCADE);',
      ].join('\n--> statement-breakpoint\n'),
    };
    const opened = openDatabase({ file, migrationsDir: migrationsDir(latest.length, [tables]) });
    opened.sqlite.exec("INSERT INTO parents VALUES (1, 'a'); INSERT INTO children VALUES (1, 1);");
    opened.close();
    // drizzle-kit's table rebuild: new table, copy, drop the old one, rename.
    const rebuild = {
      tag: '9002_rebuild_parents',
      sql: [
        'CREATE TABLE __new_parents (id integer primary key, name text, extra text);',
        'INSERT INTO __new_parents (id, name) SELECT id, name FROM parents;',
        'DROP TABLE parents;',
        'ALTER TABLE __new_parents RENAME TO parents;',
      ].join('\n--> statement-breakpoint\n'),
    };
    const rebuilt = openDatabase({
      file,
      migrationsDir: migrationsDir(latest.length, [tables, rebuild]),
    });
    expect(rebuilt.sqlite.prepare('SELECT count(*) FROM children').pluck().get()).toBe(1);
    expect(rebuilt.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    rebuilt.close();
  });

  it('refuses a damaged or foreign file with a clear message', () => {
    const file = path.join(dir, 'percorsi.db');
    writeFileSync(file, Buffer.alloc(8192, 7));
    expectLifecycleError(
      () => openDatabase({ file, migrationsDir: MIGRATIONS_DIR }),
      'database_corrupt',
    );
  });

  it('reports missing migrations as an installation problem', () => {
    expectLifecycleError(
      () => openDatabase({ file: path.join(dir, 'x.db'), migrationsDir: path.join(dir, 'none') }),
      'migrations_missing',
    );
  });
});
