/**
 * Writes a small database for each schema version that has no fixture yet, into
 * test/fixtures/migrations/. A fixture is frozen once written: it stands for files
 * people already have, so it is never regenerated. Run after adding a migration:
 *
 *   npm run fixtures:migrations
 *
 * Each file is made with the migrations up to its version and the synthetic generator,
 * filling only the tables that version has; manifest.json records what it holds, and
 * test/integration/migration-fixtures.test.ts upgrades every fixture to the latest schema.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../db/open';
import {
  insertSyntheticCompetenceRecords,
  insertSyntheticCourses,
  insertSyntheticParticipants,
  insertSyntheticPathways,
} from '../db/synthetic';

const ROOT = path.resolve(import.meta.dirname, '..');
const MIGRATIONS = path.join(ROOT, 'db', 'migrations');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'migrations');
/** Published on purpose: fixtures hold synthetic data only. */
export const FIXTURE_KEY = createHash('sha256').update('percorsi-migration-fixtures').digest();
/** Databases are encrypted from migration 0002 (accounts and keys) on. */
const FIRST_ENCRYPTED = 2;

interface Journal {
  entries: { idx: number; tag: string }[];
}

export interface FixtureManifest {
  [file: string]: {
    version: number;
    tag: string;
    encrypted: boolean;
    counts: Record<string, number>;
    sample: {
      firstName: string;
      lastName: string;
      birthDate: string;
      codiceFiscale: string | null;
    };
  };
}

function hasTable(database: OpenedDatabase, name: string): boolean {
  return (
    database.sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(name) !== undefined
  );
}

const COUNTED = [
  'participants',
  'users',
  'projects',
  'courses',
  'sessions',
  'enrolments',
  'attendance',
  'pathways',
  'meetings',
  'milestones',
  'competences',
  'competence_records',
];

function main(): void {
  const journal = JSON.parse(
    readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  mkdirSync(FIXTURES, { recursive: true });
  const manifestFile = path.join(FIXTURES, 'manifest.json');
  const manifest = (
    existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {}
  ) as FixtureManifest;
  for (const entry of journal.entries) {
    const name = `${entry.tag}.db`;
    if (manifest[name] && existsSync(path.join(FIXTURES, name))) continue;
    const work = mkdtempSync(path.join(os.tmpdir(), 'percorsi-fixture-'));
    try {
      const migrations = path.join(work, 'migrations');
      mkdirSync(path.join(migrations, 'meta'), { recursive: true });
      const upTo = journal.entries.filter((e) => e.idx <= entry.idx);
      for (const e of upTo)
        copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(migrations, `${e.tag}.sql`));
      writeFileSync(
        path.join(migrations, 'meta', '_journal.json'),
        JSON.stringify({ ...journal, entries: upTo }),
      );
      const encrypted = entry.idx >= FIRST_ENCRYPTED;
      const file = path.join(work, 'fixture.db');
      const database = openDatabase({
        file,
        migrationsDir: migrations,
        backupDir: path.join(work, 'backups'),
        ...(encrypted ? { key: FIXTURE_KEY } : {}),
      });
      try {
        insertSyntheticParticipants(database, 120, { seed: 100 + entry.idx });
        if (hasTable(database, 'courses')) {
          insertSyntheticCourses(database, {
            projects: 2,
            courses: 4,
            sessionsPerCourse: 4,
            enrolledPerCourse: 10,
            trainers: 2,
            seed: 5,
          });
        }
        if (hasTable(database, 'pathways')) {
          insertSyntheticPathways(database, {
            counselors: 2,
            pathways: 30,
            meetingsPerPathway: 2,
            seed: 6,
          });
        }
        if (hasTable(database, 'competence_records')) {
          insertSyntheticCompetenceRecords(database, { perCourse: 2, perEnrolment: 2, seed: 7 });
        }
        const counts = Object.fromEntries(
          COUNTED.filter((t) => hasTable(database, t)).map((t) => [
            t,
            database.sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number,
          ]),
        );
        const sample = database.sqlite
          .prepare(
            'SELECT first_name AS firstName, last_name AS lastName, birth_date AS birthDate, codice_fiscale AS codiceFiscale FROM participants ORDER BY id LIMIT 1',
          )
          .get() as FixtureManifest[string]['sample'];
        database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
        manifest[name] = { version: entry.idx, tag: entry.tag, encrypted, counts, sample };
      } finally {
        database.close();
      }
      copyFileSync(file, path.join(FIXTURES, name));
      process.stdout.write(`wrote ${name}\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const stale = readdirSync(FIXTURES).filter((f) => f.endsWith('.db') && !manifest[f]);
  if (stale.length > 0) process.stdout.write(`not in the manifest: ${stale.join(', ')}\n`);
}

main();
