import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backups';
import { openDatabase } from '../../db/open';
import { MIGRATIONS_DIR, tempDir } from './helpers/db';

/**
 * One small database per schema version (test/fixtures/migrations, made by
 * `npm run fixtures:migrations` when the version was current, then frozen) is
 * upgraded to the latest schema: nothing lost, nothing broken.
 */
const FIXTURES = path.resolve('test', 'fixtures', 'migrations');
const KEY = createHash('sha256').update('percorsi-migration-fixtures').digest();

interface Entry {
  version: number;
  tag: string;
  encrypted: boolean;
  counts: Record<string, number>;
  sample: { firstName: string; lastName: string; birthDate: string; codiceFiscale: string | null };
}

const manifest = JSON.parse(readFileSync(path.join(FIXTURES, 'manifest.json'), 'utf8')) as Record<
  string,
  Entry
>;
const journal = JSON.parse(
  readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
) as { entries: { tag: string }[] };

const { dir, cleanup } = tempDir('percorsi-fixtures-');
afterAll(() => cleanup());

describe('upgrading every released schema version', () => {
  it('has a fixture for every migration', () => {
    expect(Object.values(manifest).map((e) => e.tag)).toEqual(journal.entries.map((e) => e.tag));
  });

  for (const [name, entry] of Object.entries(manifest)) {
    it(`upgrades ${entry.tag} to the latest schema with every row kept`, () => {
      const folder = path.join(dir, entry.tag);
      const file = path.join(folder, 'percorsi.db');
      mkdirSync(folder, { recursive: true });
      copyFileSync(path.join(FIXTURES, name), file);
      const database = openDatabase({
        file,
        migrationsDir: MIGRATIONS_DIR,
        backupDir: path.join(folder, 'backups'),
        ...(entry.encrypted ? { key: KEY } : {}),
      });
      try {
        const { sqlite } = database;
        const applied = sqlite.prepare('SELECT count(*) FROM schema_migrations').pluck().get();
        expect(applied).toBe(journal.entries.length);
        for (const [table, count] of Object.entries(entry.counts)) {
          expect(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(
            count,
          );
        }
        const first = sqlite
          .prepare(
            'SELECT first_name AS firstName, last_name AS lastName, birth_date AS birthDate, codice_fiscale AS codiceFiscale FROM participants ORDER BY id LIMIT 1',
          )
          .get();
        expect(first).toEqual(entry.sample);
        // The search index follows the upgrade: the first person is found by surname.
        const found = sqlite
          .prepare('SELECT count(*) FROM participants_fts WHERE participants_fts MATCH ?')
          .pluck()
          .get(`"${entry.sample.lastName.replace(/"/g, '""')}"`) as number;
        expect(found).toBeGreaterThan(0);
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
        if (entry.version < journal.entries.length - 1) {
          // A backup was taken before migrating, under a name that says so.
          expect(listBackups(path.join(folder, 'backups')).map((b) => b.reason)).toContain(
            `before-v${journal.entries.length}`,
          );
        }
      } finally {
        database.close();
      }
    });
  }
});
