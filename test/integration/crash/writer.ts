/**
 * A writer process for the crash test: opens the encrypted database and makes
 * acknowledged writes through the real router and handlers until it is killed.
 * After each successful call it prints `ACK <json>` (stdout is a pipe: on Linux the
 * write is synchronous, so an ACK seen by the parent means the commit came first).
 */
import { openDatabase } from '../../../db/open';
import { takeBackup } from '../../../db/backups';
import { handlers } from '../../../electron/api/handlers';
import { createRouter } from '../../../electron/api/router';
import type { Caller } from '../../../electron/api/roles';
import type { SessionSource } from '../../../electron/api/session';
import { renderCertificateFile } from '../../../electron/features/certificates/render';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing ${name}`);
  return value;
};

const key = Buffer.from(env('CRASH_KEY'), 'hex');
const database = openDatabase({
  file: env('CRASH_FILE'),
  migrationsDir: env('CRASH_MIGRATIONS'),
  backupDir: env('CRASH_BACKUPS'),
  key,
});
const write = (line: string) => process.stdout.write(`${line}\n`);

async function writes(): Promise<void> {
  const ids = JSON.parse(env('CRASH_IDS')) as {
    coordinator: number;
    counselor: number;
    sessions: number[];
    people: number[];
    pathways: number[];
    competence: number;
  };
  const caller: { current: Caller } = { current: { userId: ids.coordinator, role: 'coordinator' } };
  const session: SessionSource = {
    caller: () => caller.current,
    locked: () => false,
    touch: () => undefined,
    database: () => database,
    audit: () => undefined,
    vault: null,
  };
  const router = createRouter({ handlers, session });
  const statuses = ['present', 'absent', 'late', 'excused'] as const;
  let step = Number(process.env.CRASH_START ?? 0);
  // Fonts load on the first certificate; load them before the kills start so that
  // certificate issues fall inside the random window as often as the other writes.
  renderCertificateFile(
    {
      version: 1,
      locale: 'it',
      number: '2000/0001',
      verificationCode: 'AAAA-BBBB-CCCC',
      issuedOn: '2026-01-01',
      person: {
        firstName: 'A',
        lastName: 'B',
        birthDate: null,
        birthPlace: null,
        codiceFiscale: null,
      },
      organisation: { name: 'O', taxCode: null, address: null },
      project: null,
      signatory: { name: 'S', role: 'R' },
      competences: [
        {
          code: 'X',
          title: 'T',
          description: 'D',
          eqfLevel: 3,
          escoUri: null,
          adaCode: null,
          acquisition: {
            kind: 'experience',
            title: 'E',
            hours: null,
            from: null,
            to: null,
            attendancePct: null,
            description: null,
          },
          assessment: { method: 'interview', assessedOn: '2026-01-01', assessor: 'V' },
          evidence: null,
        },
      ],
    },
    '0'.repeat(64),
  );
  write('READY');
  for (;;) {
    step += 1;
    const kind = step % 3;
    if (kind === 0) {
      caller.current = { userId: ids.coordinator, role: 'coordinator' };
      const sessionId = ids.sessions[step % ids.sessions.length] ?? 0;
      const rows = ids.people.map((participantId, i) => {
        const status = statuses[(step + i) % statuses.length] ?? 'present';
        return status === 'late'
          ? { participantId, status, minutes: 60 }
          : { participantId, status };
      });
      const result = await router.call({
        channel: 'attendance.save',
        input: { sessionId, rows },
        locale: 'it',
      });
      if (result.ok) write(`ACK ${JSON.stringify({ kind: 'attendance', sessionId, rows })}`);
    } else if (kind === 1) {
      caller.current = { userId: ids.counselor, role: 'counselor' };
      const pathwayId = ids.pathways[step % ids.pathways.length] ?? 0;
      const result = await router.call({
        channel: 'meetings.create',
        input: {
          pathwayId,
          date: '2026-03-01',
          durationMinutes: 30 + (step % 60),
          kind: 'phone',
          notes: `Colloquio ${step}`,
        },
        locale: 'it',
      });
      if (result.ok)
        write(`ACK ${JSON.stringify({ kind: 'meeting', notes: `Colloquio ${step}` })}`);
    } else {
      // A fresh validated record each time, then its certificate: only the issue is acknowledged.
      caller.current = { userId: ids.coordinator, role: 'coordinator' };
      const participantId = ids.people[step % ids.people.length] ?? 0;
      const record = await router.call({
        channel: 'competenceRecords.create',
        input: {
          participantId,
          competenceId: ids.competence,
          source: { kind: 'experience', title: `Esperienza ${step}` },
          levelReached: 'basic',
          assessmentMethod: 'interview',
          assessorName: 'Valutatrice',
          assessedOn: '2026-03-01',
        },
        locale: 'it',
      });
      if (!record.ok) throw new Error(record.error.message);
      const recordId = (record.data as { id: number }).id;
      const validated = await router.call({
        channel: 'competenceRecords.validate',
        input: { ids: [recordId] },
        locale: 'it',
      });
      if (!validated.ok) throw new Error(validated.error.message);
      const result = await router.call({
        channel: 'certificates.issue',
        input: { participantId, recordIds: [recordId], locale: 'it' },
        locale: 'it',
      });
      if (!result.ok) throw new Error(result.error.message);
      write(
        `ACK ${JSON.stringify({ kind: 'certificate', number: (result.data as { number: string }).number })}`,
      );
    }
  }
}

function backups(): void {
  write('READY');
  for (let i = 0; ; i++) {
    const info = takeBackup(
      database.sqlite,
      env('CRASH_BACKUPS'),
      'manual',
      key,
      new Date(Date.UTC(2026, 0, 1 + (i % 300))),
    );
    write(`ACK ${JSON.stringify({ kind: 'backup', file: info.file })}`);
  }
}

const mode = env('CRASH_MODE');
if (mode === 'writes') {
  writes().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  });
} else if (mode === 'backup') {
  backups();
} else {
  // 'migrate': opening the file above already migrated it.
  write('READY');
  write('ACK {"kind":"migrated"}');
  database.close();
}
