import { and, eq, ne } from 'drizzle-orm';
import { minutesBetween } from '../../../db/queries/attendance';
import { normalizedFullName } from '../../../db/queries/participants';
import { enrolments, participants, sessions } from '../../../db/schema';
import { readTable, TableFormatError, type Table } from '../../documents/tabular';
import { AppError } from '../../api/errors';
import { translateError, type MessageKey } from '../../api/messages';
import type { Handler } from '../../api/router';
import { assertCourseAccess } from '../courses/scope';
import type { AttendanceStatus, ImportReport } from './contract';

const MAX_ROWS = 20_000;

/** Header names as people write them: case, accents, spaces and dashes ignored. */
function key(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const COLUMNS = {
  date: ['data', 'date', 'giorno'],
  start: ['orainizio', 'inizio', 'dalle', 'start'],
  end: ['orafine', 'fine', 'alle', 'end'],
  codiceFiscale: ['codicefiscale', 'cf', 'taxcode'],
  lastName: ['cognome', 'lastname', 'surname'],
  firstName: ['nome', 'firstname', 'name'],
  status: ['stato', 'presenza', 'status'],
  hours: ['ore', 'orepresenza', 'hours'],
} as const;

type Column = keyof typeof COLUMNS;

function columnIndexes(table: Table): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  table.headers.forEach((header, index) => {
    const k = key(header);
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      if (found[column] === undefined && names.includes(k)) found[column] = index;
    }
  });
  return found;
}

function parseDate(value: string): string | null {
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, m, d] = it ? [it[3], it[2], it[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date ? null : date;
}

function parseTime(value: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60
    ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`
    : null;
}

const STATUS: Record<string, AttendanceStatus> = {
  p: 'present',
  presente: 'present',
  present: 'present',
  a: 'absent',
  assente: 'absent',
  absent: 'absent',
  g: 'excused',
  giustificato: 'excused',
  giustificata: 'excused',
  excused: 'excused',
  r: 'late',
  l: 'late',
  ritardo: 'late',
  late: 'late',
};

interface Mark {
  sessionKey: string;
  participantId: number;
  status: AttendanceStatus;
  minutes: number;
}

/**
 * Imports sessions and attendance of one course from CSV or XLSX (Italian
 * conventions: `;`, BOM, dd/mm/yyyy, decimal comma). Every row is checked
 * first; if any is wrong nothing is saved and the report lists each problem.
 */
const importAttendance: Handler<'attendance.import'> = async (ctx, input) => {
  const course = assertCourseAccess(ctx, input.courseId, 'teach');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  let table: Table;
  try {
    table = await readTable(input.fileName, bytes);
  } catch (error) {
    if (error instanceof TableFormatError)
      throw new AppError('validation', 'errors.importUnreadable');
    throw error;
  }
  if (table.rows.length === 0) throw new AppError('validation', 'errors.importEmpty');
  if (table.rows.length > MAX_ROWS) throw new AppError('validation', 'errors.importTooManyRows');
  const col = columnIndexes(table);
  const hasPerson =
    col.codiceFiscale !== undefined || (col.lastName !== undefined && col.firstName !== undefined);
  if (
    col.date === undefined ||
    col.start === undefined ||
    col.end === undefined ||
    (hasPerson && col.status === undefined)
  ) {
    throw new AppError('validation', 'errors.importMissingColumns');
  }

  const { db, sqlite } = ctx.database;
  const enrolled = db
    .select({
      id: participants.id,
      cf: participants.codiceFiscale,
      first: participants.firstName,
      last: participants.lastName,
    })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId))
    .where(and(eq(enrolments.courseId, course.id), ne(enrolments.status, 'withdrawn')))
    .all();
  const byCf = new Map(enrolled.filter((p) => p.cf).map((p) => [p.cf, p.id]));
  const byName = new Map(enrolled.map((p) => [normalizedFullName(p.first, p.last), p.id]));
  const existing = new Map(
    db
      .select()
      .from(sessions)
      .where(eq(sessions.courseId, course.id))
      .all()
      .map((s) => [`${s.date} ${s.startTime} ${s.endTime}`, s]),
  );

  const problems: ImportReport['problems'] = [];
  const newSessions = new Map<string, { date: string; startTime: string; endTime: string }>();
  const marks: Mark[] = [];
  const seen = new Set<string>();
  const cell = (row: string[], c: Column) =>
    col[c] === undefined ? '' : (row[col[c]] ?? '').trim();

  table.rows.forEach((row, index) => {
    const errors: MessageKey[] = [];
    const date = parseDate(cell(row, 'date'));
    const start = parseTime(cell(row, 'start'));
    const end = parseTime(cell(row, 'end'));
    if (!date) errors.push('errors.dateInvalid');
    else if (date < course.startDate || date > course.endDate) errors.push('errors.outsideCourse');
    if (!start || !end) errors.push('errors.timeInvalid');
    else if (end <= start) errors.push('errors.endBeforeStart');
    const sessionKey = `${date} ${start} ${end}`;
    if (existing.get(sessionKey)?.status === 'cancelled') errors.push('errors.sessionCancelled');

    const cf = cell(row, 'codiceFiscale').toUpperCase().replace(/\s+/g, '');
    const name = normalizedFullName(cell(row, 'firstName'), cell(row, 'lastName'));
    const mentionsPerson = cf !== '' || name.trim() !== '';
    let participantId: number | undefined;
    if (mentionsPerson) {
      participantId = (cf ? byCf.get(cf) : undefined) ?? byName.get(name);
      if (participantId === undefined) errors.push('errors.importUnknownPerson');
      const status = STATUS[key(cell(row, 'status'))];
      if (!status) errors.push('errors.importStatus');
      const hoursText = cell(row, 'hours').replace(',', '.');
      const hours = hoursText === '' ? null : Number(hoursText);
      if (hours !== null && (!Number.isFinite(hours) || hours < 0))
        errors.push('errors.importHours');
      const length = start && end && end > start ? minutesBetween(start, end) : 0;
      const minutes =
        status === 'absent' || status === 'excused'
          ? 0
          : hours === null
            ? length
            : Math.round(hours * 60);
      if (status === 'late' && hours === null) errors.push('errors.lateNeedsMinutes');
      if (minutes > length) errors.push('errors.minutesBeyondSession');
      if (participantId !== undefined) {
        const dedupe = `${sessionKey}|${participantId}`;
        if (seen.has(dedupe)) errors.push('errors.duplicateRow');
        seen.add(dedupe);
      }
      if (errors.length === 0 && participantId !== undefined && status) {
        marks.push({ sessionKey, participantId, status, minutes });
      }
    }
    if (errors.length > 0) {
      problems.push({
        line: index + 2,
        messages: errors.map((e) => translateError(e, ctx.locale)),
      });
    } else if (date && start && end && !existing.has(sessionKey)) {
      newSessions.set(sessionKey, { date, startTime: start, endTime: end });
    }
  });

  const report: ImportReport = {
    committed: false,
    totalRows: table.rows.length,
    sessionsCreated: 0,
    marksSaved: 0,
    problems,
  };
  if (problems.length > 0) return report;

  const recordedAt = ctx.now().toISOString();
  sqlite.transaction(() => {
    const ids = new Map([...existing].map(([k, s]) => [k, s.id]));
    const withMarks = new Set(marks.map((m) => m.sessionKey));
    for (const [k, s] of newSessions) {
      const row = db
        .insert(sessions)
        .values({
          courseId: course.id,
          ...s,
          location: course.location,
          status: withMarks.has(k) ? 'held' : 'planned',
        })
        .returning({ id: sessions.id })
        .get();
      ids.set(k, row.id);
    }
    const upsert = sqlite.prepare(
      `INSERT INTO attendance (session_id, participant_id, status, minutes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status, minutes = excluded.minutes,
         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
    );
    const held = sqlite.prepare(
      "UPDATE sessions SET status = 'held' WHERE id = ? AND status = 'planned'",
    );
    for (const m of marks) {
      const sessionId = ids.get(m.sessionKey);
      if (sessionId === undefined) throw new Error('session missing');
      upsert.run(sessionId, m.participantId, m.status, m.minutes, ctx.caller.userId, recordedAt);
      held.run(sessionId);
    }
  })();
  return {
    ...report,
    committed: true,
    sessionsCreated: newSessions.size,
    marksSaved: marks.length,
  };
};

export const importHandlers = { 'attendance.import': importAttendance };
