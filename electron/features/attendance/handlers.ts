import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import {
  consecutiveAbsences,
  courseAttendanceSummary,
  minutesBetween,
  participantAttendance,
} from '../../../db/queries/attendance';
import type { SqliteDatabase } from '../../../db/driver';
import { attendance, enrolments, participants } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { assertCourseAccess, coordinates, teaches } from '../courses/scope';
import { loadRow } from '../participants/handlers';
import { loadSessionRow, toSession } from '../courses/sessions';
import type { AttendanceRow } from './contract';

function enrolledRows(ctx: HandlerContext, sessionId: number, courseId: number): AttendanceRow[] {
  return ctx.database.db
    .select({
      participantId: enrolments.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: attendance.status,
      minutes: attendance.minutes,
    })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId))
    .leftJoin(
      attendance,
      and(
        eq(attendance.sessionId, sessionId),
        eq(attendance.participantId, enrolments.participantId),
      ),
    )
    .where(and(eq(enrolments.courseId, courseId), ne(enrolments.status, 'withdrawn')))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .all();
}

/** Prepared once per connection: a 30-row save is 30 executions of one statement. */
const preparedSaves = new WeakMap<SqliteDatabase, ReturnType<typeof prepareSave>>();

function prepareSave(sqlite: SqliteDatabase) {
  return {
    upsert: sqlite.prepare(
      `INSERT INTO attendance (session_id, participant_id, status, minutes, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status,
         minutes = excluded.minutes, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
    ),
    held: sqlite.prepare("UPDATE sessions SET status = 'held' WHERE id = ? AND status = 'planned'"),
  };
}

function saveStatements(sqlite: SqliteDatabase) {
  let statements = preparedSaves.get(sqlite);
  if (!statements) {
    statements = prepareSave(sqlite);
    preparedSaves.set(sqlite, statements);
  }
  return statements;
}

const get: Handler<'attendance.get'> = (ctx, { sessionId }) => {
  const session = loadSessionRow(ctx, sessionId);
  const course = assertCourseAccess(ctx, session.courseId, 'teach');
  return {
    session: toSession(session),
    courseTitle: course.title,
    rows: enrolledRows(ctx, sessionId, session.courseId),
  };
};

/**
 * Saves a session's attendance in one transaction: every row is checked
 * (enrolled, minutes within the session) before anything is written, and the
 * session becomes "held".
 */
const save: Handler<'attendance.save'> = (ctx, { sessionId, rows }) => {
  const session = loadSessionRow(ctx, sessionId);
  assertCourseAccess(ctx, session.courseId, 'teach');
  if (session.status === 'cancelled') {
    throw new AppError('conflict', 'errors.sessionCancelled');
  }
  const length = minutesBetween(session.startTime, session.endTime);
  const { db } = ctx.database;
  const ids = rows.map((r) => r.participantId);
  const enrolled = new Set(
    db
      .select({ id: enrolments.participantId })
      .from(enrolments)
      .where(and(eq(enrolments.courseId, session.courseId), inArray(enrolments.participantId, ids)))
      .all()
      .map((e) => e.id),
  );
  const fields: Record<string, string> = {};
  const seen = new Set<number>();
  const resolved = rows.map((row, i) => {
    if (seen.has(row.participantId)) fields[`rows.${i}.participantId`] = 'errors.duplicateRow';
    seen.add(row.participantId);
    if (!enrolled.has(row.participantId)) fields[`rows.${i}.participantId`] = 'errors.notEnrolled';
    let minutes = row.minutes;
    if (row.status === 'absent' || row.status === 'excused') minutes = 0;
    else if (minutes === undefined) {
      if (row.status === 'late') fields[`rows.${i}.minutes`] = 'errors.lateNeedsMinutes';
      minutes = length;
    }
    if (minutes > length) fields[`rows.${i}.minutes`] = 'errors.minutesBeyondSession';
    return { ...row, minutes };
  });
  if (Object.keys(fields).length > 0) throw new AppError('validation', 'errors.validation', fields);

  const recordedAt = ctx.now().toISOString();
  const statements = saveStatements(ctx.database.sqlite);
  ctx.database.sqlite.transaction(() => {
    for (const row of resolved) {
      statements.upsert.run(
        sessionId,
        row.participantId,
        row.status,
        row.minutes,
        ctx.caller.userId,
        recordedAt,
      );
    }
    statements.held.run(sessionId);
  })();
  return { saved: resolved.length };
};

const summary: Handler<'attendance.summary'> = (ctx, { courseId }) => {
  const course = assertCourseAccess(ctx, courseId, 'teach');
  const planned = course.plannedHours * 60;
  const threshold = (planned * course.minAttendancePct) / 100;
  const rows = courseAttendanceSummary(ctx.database.sqlite, courseId).map((r) => ({
    participantId: r.participantId,
    firstName: r.firstName,
    lastName: r.lastName,
    enrolmentStatus: r.enrolmentStatus,
    attendedMinutes: r.attendedMinutes,
    heldMinutes: r.heldMinutes,
    rate: r.heldMinutes > 0 ? r.attendedMinutes / r.heldMinutes : null,
    consecutiveAbsences: consecutiveAbsences(r.recent),
    thresholdMet: r.attendedMinutes >= threshold,
  }));
  return { courseId, plannedMinutes: planned, minAttendancePct: course.minAttendancePct, rows };
};

/**
 * A person's attendance across their courses. The person must be in the
 * caller's scope; trainers see only the courses they teach, coordinators
 * those of their projects.
 */
const forParticipant: Handler<'attendance.forParticipant'> = (ctx, { participantId }) => {
  loadRow(ctx, participantId);
  const { role } = ctx.caller;
  return participantAttendance(ctx.database.sqlite, participantId)
    .filter(
      (row) =>
        role === 'admin' ||
        role === 'counselor' ||
        (role === 'coordinator' && coordinates(ctx, row.projectId)) ||
        (role === 'trainer' && teaches(ctx, row.courseId)),
    )
    .map((row) => {
      const planned = row.plannedHours * 60;
      return {
        courseId: row.courseId,
        courseTitle: row.courseTitle,
        enrolmentStatus: row.enrolmentStatus,
        attendedMinutes: row.attendedMinutes,
        heldMinutes: row.heldMinutes,
        plannedMinutes: planned,
        rate: row.heldMinutes > 0 ? row.attendedMinutes / row.heldMinutes : null,
        thresholdMet: row.attendedMinutes >= (planned * row.minAttendancePct) / 100,
      };
    });
};

export const attendanceHandlers = {
  'attendance.forParticipant': forParticipant,
  'attendance.get': get,
  'attendance.save': save,
  'attendance.summary': summary,
};
