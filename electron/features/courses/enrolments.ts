import { and, asc, eq } from 'drizzle-orm';
import { enrolments, participants } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { AppError } from '../../api/errors';
import type { Handler } from '../../api/router';
import type { Enrolment } from './contract';
import { assertCourseAccess, missingRecord } from './scope';

function select(ctx: HandlerContext) {
  return ctx.database.db
    .select({
      id: enrolments.id,
      courseId: enrolments.courseId,
      participantId: enrolments.participantId,
      firstName: participants.firstName,
      lastName: participants.lastName,
      status: enrolments.status,
      enrolledOn: enrolments.enrolledOn,
      statusDate: enrolments.statusDate,
      reason: enrolments.reason,
    })
    .from(enrolments)
    .innerJoin(participants, eq(participants.id, enrolments.participantId));
}

function loadEnrolment(ctx: HandlerContext, id: number): Enrolment {
  const row = select(ctx).where(eq(enrolments.id, id)).get();
  if (!row) missingRecord(ctx);
  return row;
}

/** Counselors enrol only people in their own scope (those they registered). */
function assertMayEnrol(ctx: HandlerContext, participantId: number): void {
  const person = ctx.database.db
    .select()
    .from(participants)
    .where(eq(participants.id, participantId))
    .get();
  const { role, userId } = ctx.caller;
  if (!person) {
    throw new AppError('validation', 'errors.validation', { participantId: 'errors.notFound' });
  }
  if (role === 'counselor' && person.createdBy !== userId)
    throw new AppError('forbidden', 'errors.forbidden');
}

const list: Handler<'enrolments.list'> = (ctx, { courseId }) => {
  assertCourseAccess(ctx, courseId, 'read');
  const rows = select(ctx)
    .where(eq(enrolments.courseId, courseId))
    .orderBy(asc(participants.lastName), asc(participants.firstName))
    .all();
  // Counselors see the enrolment of their own people only.
  if (ctx.caller.role !== 'counselor') return rows;
  const mine = new Set(
    ctx.database.db
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.createdBy, ctx.caller.userId ?? -1))
      .all()
      .map((p) => p.id),
  );
  return rows.filter((r) => mine.has(r.participantId));
};

const add: Handler<'enrolments.add'> = (ctx, { courseId, participantId, enrolledOn }) => {
  assertCourseAccess(ctx, courseId, 'enrol');
  assertMayEnrol(ctx, participantId);
  const { db } = ctx.database;
  const id = db.transaction((tx) => {
    const existing = tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.courseId, courseId), eq(enrolments.participantId, participantId)))
      .get();
    if (existing) {
      throw new AppError('conflict', 'errors.validation', {
        participantId: 'errors.alreadyEnrolled',
      });
    }
    const date = enrolledOn ?? ctx.now().toISOString().slice(0, 10);
    return tx
      .insert(enrolments)
      .values({ courseId, participantId, enrolledOn: date, statusDate: date })
      .returning({ id: enrolments.id })
      .get().id;
  });
  return loadEnrolment(ctx, id);
};

const setStatus: Handler<'enrolments.setStatus'> = (ctx, { id, status, date, reason }) => {
  const enrolment = loadEnrolment(ctx, id);
  assertCourseAccess(ctx, enrolment.courseId, 'enrol');
  assertMayEnrol(ctx, enrolment.participantId);
  if (date < enrolment.enrolledOn) {
    throw new AppError('validation', 'errors.validation', { date: 'errors.endBeforeStart' });
  }
  ctx.database.db
    .update(enrolments)
    .set({ status, statusDate: date, reason: reason ?? null })
    .where(eq(enrolments.id, id))
    .run();
  return loadEnrolment(ctx, id);
};

export const enrolmentHandlers = {
  'enrolments.list': list,
  'enrolments.add': add,
  'enrolments.setStatus': setStatus,
};
