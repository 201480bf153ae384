import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import {
  COMPETENCES_L,
  insertSyntheticCompetenceRecords,
  insertSyntheticCourses,
  insertSyntheticParticipants,
  insertSyntheticPathways,
  PATHWAYS_L,
  SCALE_L,
} from '../../db/synthetic';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'db', 'migrations');
/** Built databases are kept here between runs (gitignored). */
export const CACHE_DIR = path.join(REPO_ROOT, 'test', 'bench', '.cache');

/** Changes whenever a migration or the generator changes, so a stale cache is never used. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const dirs = [
    MIGRATIONS_DIR,
    path.join(REPO_ROOT, 'db', 'synthetic'),
    path.join(REPO_ROOT, 'db', 'synthetic', 'data'),
  ];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(sql|ts|json)$/.test(name)) continue;
      hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

export interface BenchDatabase {
  database: OpenedDatabase;
  file: string;
  /** Seconds spent building, or null when the cached file was reused. */
  buildSeconds: number | null;
}

/**
 * Opens a database of `size` synthetic participants, building it once and
 * reusing it on later runs with the same migrations and generator.
 */
export function openBenchDatabase(
  size: number,
  seed: number,
  log: (message: string) => void,
): BenchDatabase {
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = path.join(CACHE_DIR, `participants-${size}-seed${seed}-${fingerprint()}.db`);
  let buildSeconds: number | null = null;
  if (!existsSync(file)) {
    for (const name of readdirSync(CACHE_DIR))
      rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
    const partial = `${file}.partial`;
    log(`Building ${size.toLocaleString('en')} synthetic participants (cached for later runs)…`);
    const started = performance.now();
    const building = openDatabase({ file: partial, migrationsDir: MIGRATIONS_DIR });
    try {
      insertSyntheticParticipants(building, size, { seed });
      log('Adding courses, sessions, enrolments and attendance at scale L…');
      const counts = insertSyntheticCourses(building, SCALE_L);
      const cases = insertSyntheticPathways(building, PATHWAYS_L);
      const { records } = insertSyntheticCompetenceRecords(building, COMPETENCES_L);
      log(`  ${records} competence records`);
      log(
        `  ${cases.pathways} pathways, ${cases.meetings} meetings, ${cases.counselors} counselors`,
      );
      log(
        `  ${counts.courses} courses, ${counts.sessions} sessions, ${counts.enrolments} enrolments, ${counts.attendance} attendance rows`,
      );
      building.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      building.close();
    }
    renameSync(partial, file);
    buildSeconds = (performance.now() - started) / 1000;
    log(`Built in ${buildSeconds.toFixed(1)} s.`);
  }
  const database = openDatabase({ file, migrationsDir: MIGRATIONS_DIR });
  return { database, file, buildSeconds };
}
