import type { Sqlite, SqliteDatabase } from '../driver';

/** Minutes between two HH:MM times, in SQL. */
export const SESSION_MINUTES_SQL = `((CAST(substr(s.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.end_time, 4, 2) AS INTEGER))
  - (CAST(substr(s.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.start_time, 4, 2) AS INTEGER)))`;

export function minutesBetween(start: string, end: string): number {
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return toMinutes(end) - toMinutes(start);
}

export interface SummaryQueryRow {
  participantId: number;
  firstName: string;
  lastName: string;
  enrolmentStatus: string;
  attendedMinutes: number;
  heldMinutes: number;
  /** Statuses of the held sessions, newest first, '-' where nothing was recorded. */
  recent: string;
}

const statements = new WeakMap<
  SqliteDatabase,
  Sqlite.Statement<[number, number], SummaryQueryRow>
>();

/**
 * Hours attended and held per enrolled person, computed from the attendance
 * rows every time (no stored totals that could drift). One statement.
 */
export function courseAttendanceSummary(
  sqlite: SqliteDatabase,
  courseId: number,
): SummaryQueryRow[] {
  let statement = statements.get(sqlite);
  if (!statement) {
    statement = sqlite.prepare<[number, number], SummaryQueryRow>(`
      WITH held AS (
        SELECT s.id, s.date, s.start_time, ${SESSION_MINUTES_SQL} AS minutes
        FROM sessions s WHERE s.course_id = ? AND s.status = 'held'
      ),
      total AS (SELECT COALESCE(SUM(minutes), 0) AS minutes FROM held)
      SELECT e.participant_id AS participantId, p.first_name AS firstName, p.last_name AS lastName,
        e.status AS enrolmentStatus,
        COALESCE((SELECT SUM(a.minutes) FROM attendance a JOIN held h ON h.id = a.session_id
                  WHERE a.participant_id = e.participant_id AND a.status IN ('present', 'late')), 0) AS attendedMinutes,
        (SELECT minutes FROM total) AS heldMinutes,
        COALESCE((SELECT group_concat(st, '') FROM (
          SELECT COALESCE(substr(a.status, 1, 1), '-') AS st FROM held h
          LEFT JOIN attendance a ON a.session_id = h.id AND a.participant_id = e.participant_id
          ORDER BY h.date DESC, h.start_time DESC)), '') AS recent
      FROM enrolments e JOIN participants p ON p.id = e.participant_id
      WHERE e.course_id = ?
      ORDER BY p.last_name, p.first_name, p.id`);
    statements.set(sqlite, statement);
  }
  return statement.all(courseId, courseId);
}

/** Absences (recorded or missing marks) in a row, from the newest held session back. */
export function consecutiveAbsences(recent: string): number {
  let count = 0;
  for (const mark of recent) {
    if (mark === 'a' || mark === '-') count += 1;
    else if (mark === 'e') continue;
    else break;
  }
  return count;
}

export interface ParticipantCourseRow {
  courseId: number;
  courseTitle: string;
  projectId: number;
  enrolmentStatus: string;
  plannedHours: number;
  minAttendancePct: number;
  attendedMinutes: number;
  heldMinutes: number;
}

/** Every course one person is enrolled in, with hours attended and held so far. */
export function participantAttendance(
  sqlite: SqliteDatabase,
  participantId: number,
): ParticipantCourseRow[] {
  return sqlite
    .prepare<[number], ParticipantCourseRow>(
      `SELECT c.id AS courseId, c.title AS courseTitle, c.project_id AS projectId, e.status AS enrolmentStatus,
         c.planned_hours AS plannedHours, c.min_attendance_pct AS minAttendancePct,
         COALESCE((SELECT SUM(a.minutes) FROM attendance a JOIN sessions s ON s.id = a.session_id
                   WHERE a.participant_id = e.participant_id AND s.course_id = c.id AND s.status = 'held'
                     AND a.status IN ('present', 'late')), 0) AS attendedMinutes,
         COALESCE((SELECT SUM(${SESSION_MINUTES_SQL}) FROM sessions s WHERE s.course_id = c.id AND s.status = 'held'), 0) AS heldMinutes
       FROM enrolments e JOIN courses c ON c.id = e.course_id
       WHERE e.participant_id = ?
       ORDER BY c.start_date DESC, c.title`,
    )
    .all(participantId);
}
