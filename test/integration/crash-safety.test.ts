import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, verifyBackup } from '../../db/backups';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { handlers } from '../../electron/api/handlers';
import { createRouter } from '../../electron/api/router';
import type { Caller } from '../../electron/api/roles';
import type { SessionSource } from '../../electron/api/session';
import { validParticipant } from '../fixtures/participants';
import { MIGRATIONS_DIR, tempDir } from './helpers/db';

/**
 * DESIGN §5: a writer making acknowledged writes through the real handlers is killed
 * with SIGKILL at random moments; every time the file must open, pass integrity_check,
 * hold every acknowledged write, and number certificates without gaps or duplicates.
 */
const KILLS = Number(process.env.PERCORSI_CRASH_KILLS ?? 100);
const ROOT = path.resolve('.');

const { dir, cleanup } = tempDir('percorsi-crash-');
const key = randomBytes(32);
const file = path.join(dir, 'data', 'percorsi.db');
const backupsDir = path.join(dir, 'data', 'backups');
const writerFile = path.join(dir, 'writer.cjs');
let ids: Record<string, unknown> = {};

function open(migrationsDir = MIGRATIONS_DIR, at = file): OpenedDatabase {
  return openDatabase({ file: at, migrationsDir, backupDir: backupsDir, key });
}

function routerOn(database: OpenedDatabase, caller: { current: Caller }) {
  const session: SessionSource = {
    caller: () => caller.current,
    locked: () => false,
    touch: () => undefined,
    database: () => database,
    audit: () => undefined,
    vault: null,
  };
  return createRouter({ handlers, session });
}

async function seed(): Promise<void> {
  const database = open();
  try {
    const { sqlite } = database;
    const user = sqlite.prepare(
      "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, 'unused') RETURNING id",
    );
    const coordinator = (user.get('coord', 'Coordinatrice', 'coordinator') as { id: number }).id;
    const counselor = (user.get('couns', 'Operatrice', 'counselor') as { id: number }).id;
    const trainer = (user.get('train', 'Formatrice', 'trainer') as { id: number }).id;
    sqlite.prepare("INSERT INTO settings (key, value) VALUES ('organisation', ?)").run(
      JSON.stringify({
        name: 'CSV di prova',
        signatoryName: 'Maria Rossi',
        signatoryRole: 'Presidente',
      }),
    );
    const caller = { current: { userId: coordinator, role: 'coordinator' } as Caller };
    const router = routerOn(database, caller);
    const ok = async (channel: string, input: unknown, as: Caller = caller.current) => {
      caller.current = as;
      const result = await router.call({ channel, input, locale: 'it' });
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.data as { id: number };
    };
    const asCoordinator: Caller = { userId: coordinator, role: 'coordinator' };
    const asCounselor: Caller = { userId: counselor, role: 'counselor' };
    const project = await ok(
      'projects.create',
      {
        data: {
          code: 'CRASH-1',
          title: 'Progetto',
          funder: 'FAMI',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          leadOrganisation: 'CSV',
          partners: [],
          territories: [],
          targets: [],
        },
      },
      asCoordinator,
    );
    const course = await ok('courses.create', {
      data: {
        projectId: project.id,
        track: 'association',
        title: 'Corso',
        mode: 'in_person',
        plannedHours: 10,
        startDate: '2026-01-01',
        endDate: '2026-06-30',
        trainerIds: [trainer],
      },
    });
    const sessions: number[] = [];
    for (const date of ['2026-02-01', '2026-02-08', '2026-02-15']) {
      sessions.push(
        (
          await ok('sessions.create', {
            courseId: course.id,
            data: { date, startTime: '09:00', endTime: '11:00' },
          })
        ).id,
      );
    }
    const people: number[] = [];
    const pathways: number[] = [];
    for (let i = 0; i < 8; i++) {
      const person = await ok(
        'participants.create',
        {
          data: validParticipant({
            firstName: `Persona${String.fromCharCode(65 + i)}`,
            codiceFiscale: '',
          }),
        },
        asCounselor,
      );
      people.push(person.id);
      await ok('enrolments.add', { courseId: course.id, participantId: person.id }, asCoordinator);
      pathways.push(
        (
          await ok(
            'pathways.create',
            { participantId: person.id, track: 'association', openedOn: '2026-01-10' },
            asCounselor,
          )
        ).id,
      );
    }
    const competence = sqlite
      .prepare('SELECT id FROM competences ORDER BY id LIMIT 1')
      .pluck()
      .get() as number;
    ids = { coordinator, counselor, sessions, people, pathways, competence };
  } finally {
    database.close();
  }
}

beforeAll(async () => {
  await seed();
  await build({
    entryPoints: [path.join(ROOT, 'test', 'integration', 'crash', 'writer.ts')],
    outfile: writerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
    external: [
      'better-sqlite3',
      'better-sqlite3-multiple-ciphers',
      '@node-rs/*',
      'pdfkit',
      'dejavu-fonts-ttf',
      'exceljs',
    ],
  });
}, 120_000);
afterAll(() => cleanup());

interface Run {
  acks: { kind: string; [key: string]: unknown }[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Starts the writer; once it is ready, kills it after `delay` ms (or lets it finish). */
function runWriter(
  mode: string,
  delay: number | null,
  extra: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [writerFile], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_PATH: path.join(ROOT, 'node_modules'),
        CRASH_MODE: mode,
        CRASH_FILE: file,
        CRASH_KEY: key.toString('hex'),
        CRASH_MIGRATIONS: MIGRATIONS_DIR,
        CRASH_BACKUPS: backupsDir,
        CRASH_IDS: JSON.stringify(ids),
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Run['acks'] = [];
    let buffer = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'READY' && delay !== null) setTimeout(() => child.kill('SIGKILL'), delay);
        else if (line.startsWith('ACK '))
          acks.push(JSON.parse(line.slice(4)) as Run['acks'][number]);
        newline = buffer.indexOf('\n');
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ acks, stderr, code, signal }));
  });
}

function integrity(database: OpenedDatabase): string {
  return database.sqlite.pragma('integrity_check', { simple: true }) as string;
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs of a busy writer`, async () => {
    const acknowledged: Run['acks'] = [];
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = await runWriter('writes', 5 + Math.floor(Math.random() * 500), {
        CRASH_START: String(i * 1000),
      });
      expect(run.stderr, `run ${i}`).toBe('');
      if (run.signal === 'SIGKILL') killed += 1;
      acknowledged.push(...run.acks);
      const database = open();
      try {
        expect(integrity(database), `run ${i}`).toBe('ok');
        const { sqlite } = database;
        for (const ack of run.acks) {
          if (ack.kind === 'meeting') {
            const found = sqlite
              .prepare('SELECT count(*) FROM meetings WHERE notes = ?')
              .pluck()
              .get(ack.notes);
            expect(found, `meeting of run ${i}`).toBe(1);
          } else if (ack.kind === 'attendance') {
            const rows = ack.rows as { participantId: number }[];
            const found = sqlite
              .prepare('SELECT count(*) FROM attendance WHERE session_id = ?')
              .pluck()
              .get(ack.sessionId) as number;
            expect(found, `attendance of run ${i}`).toBeGreaterThanOrEqual(rows.length);
          } else if (ack.kind === 'certificate') {
            const found = sqlite
              .prepare('SELECT count(*) FROM certificates WHERE number = ?')
              .pluck()
              .get(ack.number);
            expect(found, `certificate ${String(ack.number)}`).toBe(1);
          }
        }
        const seqs = sqlite
          .prepare('SELECT seq FROM certificates ORDER BY year, seq')
          .pluck()
          .all() as number[];
        expect(seqs, `numbering after run ${i}`).toEqual(seqs.map((_, index) => index + 1));
      } finally {
        database.close();
      }
    }
    expect(killed).toBe(KILLS);
    // The kills came while work was under way, of every kind.
    const kinds = new Set(acknowledged.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['attendance', 'certificate', 'meeting']);
  }, 600_000);

  it('keeps the database and every finished backup intact when killed during a backup', async () => {
    for (let i = 0; i < 10; i++) {
      const run = await runWriter('backup', 5 + Math.floor(Math.random() * 150));
      expect(run.signal).toBe('SIGKILL');
      const database = open();
      try {
        expect(integrity(database)).toBe('ok');
      } finally {
        database.close();
      }
      for (const backup of listBackups(backupsDir)) {
        expect(verifyBackup(backup.file, key), backup.file).toBe(true);
      }
    }
    // Interrupted copies keep their temporary name and are never listed as backups.
    expect(listBackups(backupsDir).every((b) => !b.file.endsWith('.partial'))).toBe(true);
  }, 300_000);

  it('leaves either the old or the migrated database, whole, when killed during a migration', async () => {
    const migrations = readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    const previous = path.join(dir, 'migrations-previous');
    mkdirSync(path.join(previous, 'meta'), { recursive: true });
    for (const name of migrations.slice(0, -1)) {
      copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(previous, name));
    }
    const journal = JSON.parse(
      readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    journal.entries = journal.entries.slice(0, -1);
    writeFileSync(path.join(previous, 'meta', '_journal.json'), JSON.stringify(journal));
    const old = path.join(dir, 'old');
    const oldFile = path.join(old, 'percorsi.db');
    const seeded = open(previous, oldFile);
    const insert = seeded.sqlite.prepare(
      `INSERT INTO participants (first_name, last_name, normalized_name, sex, birth_date, birth_country,
         citizenships, languages, consent_date, consent_legal_basis, consent_scopes)
       VALUES (?, 'Prova', ?, 'F', '1990-01-01', 'SN', '["SN"]', '[]', '2026-01-01', 'consent', '["service"]')`,
    );
    seeded.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`Persona${i}`, `persona${i} prova`);
    })();
    seeded.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    seeded.close();
    const outcomes = { old: 0, migrated: 0 };
    for (let i = 0; i < 10; i++) {
      const data = path.join(dir, 'data');
      rmSync(data, { recursive: true, force: true });
      cpSync(old, data, { recursive: true });
      await runWriterKilledAt(i * 25);
      let database: OpenedDatabase;
      try {
        // Still at the previous version: the migration never committed.
        database = open(previous);
        outcomes.old += 1;
      } catch {
        database = open();
        outcomes.migrated += 1;
      }
      try {
        expect(integrity(database)).toBe('ok');
        expect(database.sqlite.prepare('SELECT count(*) FROM participants').pluck().get()).toBe(
          20_000,
        );
      } finally {
        database.close();
      }
    }
    expect(outcomes.old + outcomes.migrated).toBe(10);
  }, 300_000);
});

/** A fresh writer killed `ms` after it starts (before it may even open the file). */
async function runWriterKilledAt(ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerFile], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_PATH: path.join(ROOT, 'node_modules'),
        CRASH_MODE: 'migrate',
        CRASH_FILE: file,
        CRASH_KEY: key.toString('hex'),
        CRASH_MIGRATIONS: MIGRATIONS_DIR,
        CRASH_BACKUPS: backupsDir,
        CRASH_IDS: '{}',
      },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal === 'SIGKILL');
    });
  });
}
