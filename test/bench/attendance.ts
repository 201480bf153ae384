import { courseAttendanceSummary } from '../../db/queries/attendance';
import type { OpenedDatabase } from '../../db/open';
import { createRandom } from '../../db/synthetic';
import type { Router } from '../../electron/api/router';
import { timedRow, type BenchRow } from './results';
import { measureInterleaved, type MeasureOptions } from './timing';

const STATUSES = ['present', 'present', 'present', 'absent', 'excused', 'late'] as const;

async function ok(router: Router, channel: string, input: unknown): Promise<unknown> {
  const result = await router.call({ channel, input, locale: 'it' });
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.data;
}

/** Saving a 30-person session and a course's attendance summary, router vs hand-written. */
export async function benchAttendance(
  database: OpenedDatabase,
  router: Router,
  options: MeasureOptions & { seed: number },
): Promise<BenchRow[]> {
  const { sqlite } = database;
  const random = createRandom(options.seed);
  const courseCount = sqlite.prepare('SELECT count(*) FROM courses').pluck().get() as number;
  if (courseCount === 0) throw new Error('the bench database has no courses');
  const enrolledOf = sqlite
    .prepare('SELECT participant_id FROM enrolments WHERE course_id = ?')
    .pluck();
  const sessionsOf = sqlite.prepare('SELECT id FROM sessions WHERE course_id = ?').pluck();

  const total = options.iterations + options.warmup;
  const saves = Array.from({ length: total }, () => {
    const courseId = random.int(1, courseCount);
    const people = (enrolledOf.all(courseId) as number[]).slice(0, 30);
    const sessionId = random.pick(sessionsOf.all(courseId) as number[]);
    return {
      courseId,
      sessionId,
      rows: people.map((participantId) => {
        const status = random.pick(STATUSES);
        return status === 'late'
          ? { participantId, status, minutes: 90 }
          : { participantId, status };
      }),
    };
  });

  // The same work written by hand: one transaction of upserts and the session's status.
  const upsert = sqlite.prepare(
    `INSERT INTO attendance (session_id, participant_id, status, minutes, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, NULL, ?)
     ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status,
       minutes = excluded.minutes, recorded_at = excluded.recorded_at`,
  );
  const held = sqlite.prepare(
    "UPDATE sessions SET status = 'held' WHERE id = ? AND status = 'planned'",
  );
  const handWrittenSave = sqlite.transaction((save: (typeof saves)[number]) => {
    const now = new Date().toISOString();
    for (const row of save.rows) {
      const minutes =
        row.status === 'present' ? 180 : row.status === 'late' ? (row.minutes ?? 0) : 0;
      upsert.run(save.sessionId, row.participantId, row.status, minutes, now);
    }
    held.run(save.sessionId);
  });
  const at = (i: number) => saves[i % saves.length] ?? saves[0];
  const saving = await measureInterleaved(
    {
      router: (i) =>
        ok(router, 'attendance.save', { sessionId: at(i)?.sessionId, rows: at(i)?.rows }),
      sql: (i) => {
        const save = at(i);
        if (save) handWrittenSave(save);
      },
    },
    options,
  );

  const summaries = await measureInterleaved(
    {
      router: (i) => ok(router, 'attendance.summary', { courseId: at(i)?.courseId }),
      sql: (i) => courseAttendanceSummary(sqlite, at(i)?.courseId ?? 1),
    },
    options,
  );

  return [
    timedRow(
      'attendance.save, 30-person session, one transaction (router vs hand-written)',
      saving.router,
      {
        reference: saving.sql,
        bar: 10,
      },
    ),
    timedRow('attendance.summary of a course (router vs raw statement)', summaries.router, {
      reference: summaries.sql,
      bar: 20,
    }),
  ];
}
