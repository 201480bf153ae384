import { asc, eq } from 'drizzle-orm';
import { minutesBetween } from '../../../db/queries/attendance';
import { sessions, users } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import { calendarDates } from './calendar';
import type { Session } from './contract';
import { assertCourseAccess, missingRecord } from './scope';

type Db = HandlerContext['database']['db'];
type SessionRow = typeof sessions.$inferSelect;

export function toSession(row: SessionRow): Session {
  return { ...row, minutes: minutesBetween(row.startTime, row.endTime) };
}

export function loadSessionRow(ctx: HandlerContext, id: number): SessionRow {
  const row = ctx.database.db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) missingRecord(ctx);
  return row;
}

function assertTrainer(db: Db, trainerId: number | undefined): void {
  if (trainerId === undefined) return;
  const user = db.select().from(users).where(eq(users.id, trainerId)).get();
  if (!user || !user.active || user.role !== 'trainer') {
    throw new AppError('validation', 'errors.validation', { trainerId: 'errors.notATrainer' });
  }
}

function assertWithin(course: { startDate: string; endDate: string }, date: string, field: string) {
  if (date < course.startDate || date > course.endDate) {
    throw new AppError('validation', 'errors.validation', { [field]: 'errors.outsideCourse' });
  }
}

const list: Handler<'sessions.list'> = (ctx, { courseId }) => {
  assertCourseAccess(ctx, courseId, 'read');
  return ctx.database.db
    .select()
    .from(sessions)
    .where(eq(sessions.courseId, courseId))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all()
    .map(toSession);
};

const create: Handler<'sessions.create'> = (ctx, { courseId, data }) => {
  const course = assertCourseAccess(ctx, courseId, 'teach');
  assertWithin(course, data.date, 'data.date');
  assertTrainer(ctx.database.db, data.trainerId);
  const row = ctx.database.db
    .insert(sessions)
    .values({
      courseId,
      ...data,
      location: data.location ?? null,
      topic: data.topic ?? null,
      trainerId: data.trainerId ?? null,
      note: data.note ?? null,
    })
    .returning()
    .get();
  return toSession(row);
};

const update: Handler<'sessions.update'> = (ctx, { id, data }) => {
  const existing = loadSessionRow(ctx, id);
  const course = assertCourseAccess(ctx, existing.courseId, 'teach');
  assertWithin(course, data.date, 'data.date');
  assertTrainer(ctx.database.db, data.trainerId);
  const row = ctx.database.db
    .update(sessions)
    .set({
      ...data,
      location: data.location ?? null,
      topic: data.topic ?? null,
      trainerId: data.trainerId ?? null,
      note: data.note ?? null,
    })
    .where(eq(sessions.id, id))
    .returning()
    .get();
  return toSession(row);
};

/** Creates a whole calendar in one transaction; every date must fall inside the course. */
const createCalendar: Handler<'sessions.createCalendar'> = (ctx, input) => {
  const course = assertCourseAccess(ctx, input.courseId, 'teach');
  assertTrainer(ctx.database.db, input.trainerId);
  const dates = calendarDates(input);
  if (dates.length === 0) {
    throw new AppError('validation', 'errors.validation', { weekdays: 'errors.noSessionDates' });
  }
  const outside = dates.find((d) => d < course.startDate || d > course.endDate);
  if (outside)
    throw new AppError('validation', 'errors.validation', { weeks: 'errors.outsideCourse' });
  const { db } = ctx.database;
  return db.transaction((tx) =>
    dates.map((date) =>
      toSession(
        tx
          .insert(sessions)
          .values({
            courseId: input.courseId,
            date,
            startTime: input.startTime,
            endTime: input.endTime,
            location: input.location ?? course.location,
            topic: input.topic ?? null,
            trainerId: input.trainerId ?? null,
            status: 'planned',
          })
          .returning()
          .get(),
      ),
    ),
  );
};

export const sessionHandlers = {
  'sessions.list': list,
  'sessions.create': create,
  'sessions.update': update,
  'sessions.createCalendar': createCalendar,
};
